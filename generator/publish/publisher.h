// The single writer of the output folder. It writes the whole site into a fresh folder next to
// the target and swaps it in with renames, so a failed build or write leaves the old site as it was.
#pragma once

#include <string>

#include "publish/output_set.h"

namespace leernet {

struct PublishResult {
  bool ok = false;
  std::string error;  // what failed, naming the path
};

/// Writes `output` to `out_dir`. Refuses targets that would destroy something else: "/", the
/// home folder, the content folder or a folder that contains it.
PublishResult Publish(const OutputSet& output, const std::string& out_dir, const std::string& source_dir);

/// The reason `out_dir` may not be used as output, or "" when it may.
std::string CheckOutputDir(const std::string& out_dir, const std::string& source_dir);

}  // namespace leernet
