// Builds the site for `leernet serve` and rebuilds it after changes: a change to an existing
// theme asset only swaps that file, anything else runs the whole in-memory pipeline again.
// Knows the pipeline and the theme's folder layout; knows nothing of HTTP or inotify.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "pipeline.h"
#include "publish/output_set.h"

namespace leernet::serve {

struct BuildOutcome {
  bool ok = false;
  std::shared_ptr<const OutputSet> output;  // the new site when ok
  std::string report;                       // every diagnostic, formatted as the terminal shows them
  int errors = 0;
  size_t entries = 0;
  bool patched = false;  // only theme assets were swapped
  double seconds = 0;
};

class SiteBuilder {
 public:
  /// `fs` must outlive the builder. `options.dev` is set here: these pages are for serving.
  SiteBuilder(const FileSystem& fs, BuildOptions options);

  BuildOutcome BuildAll();
  /// After a burst of changes to the paths in `changed` (as the watcher names them).
  BuildOutcome Rebuild(const std::vector<std::string>& changed);

  /// The folders a rebuild depends on: content, default theme, site theme.
  std::vector<std::string> WatchedFolders() const;

 private:
  std::shared_ptr<const OutputSet> PatchAssets(const std::vector<std::string>& changed) const;

  const FileSystem& fs_;
  BuildOptions options_;
  std::shared_ptr<const OutputSet> last_good_;
  bool last_ok_ = false;
  size_t last_entries_ = 0;
};

}  // namespace leernet::serve
