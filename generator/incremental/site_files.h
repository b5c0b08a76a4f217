// The files of a built site as shared, immutable texts, so that a rebuild that changes a few
// pages copies pointers instead of the whole site. Knows nothing of how the files were made.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "publish/output_set.h"

namespace leernet::incremental {

struct SiteFiles {
  std::map<std::string, std::shared_ptr<const std::string>> files;  // path -> bytes

  static SiteFiles FromOutput(OutputSet output);
  /// Adds every file of `changes`, replacing files with the same path.
  void Apply(OutputSet changes);
  /// The bytes of `path`, or nullptr.
  const std::string* Find(const std::string& path) const;
  OutputSet ToOutputSet() const;
};

}  // namespace leernet::incremental
