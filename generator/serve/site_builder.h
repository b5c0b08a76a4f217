// Builds the site for `leernet serve` and rebuilds it after changes: a change to an existing
// theme asset only swaps that file, edits of existing entry files re-render the pages they can
// change (then, in a second step, the search files and exports), and anything else runs the
// whole in-memory pipeline again.
// Knows the pipeline and the theme's folder layout; knows nothing of HTTP or inotify.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "incremental/incremental_site.h"
#include "incremental/site_files.h"
#include "pipeline.h"

namespace leernet::serve {

using incremental::SiteFiles;

struct BuildOutcome {
  bool ok = false;
  std::shared_ptr<const SiteFiles> output;  // the new site when ok
  std::string report;                       // every diagnostic, formatted as the terminal shows them
  int errors = 0;
  size_t entries = 0;
  bool patched = false;      // only theme assets were swapped
  bool incremental = false;  // only the pages the edits can change were rendered
  size_t pages = 0;          // pages rendered by an incremental rebuild
  bool deferred = false;     // the search files and exports are still the old ones: FinishDeferred
  double seconds = 0;
};

class SiteBuilder {
 public:
  /// `fs` must outlive the builder. `options.dev` is set here: these pages are for serving.
  /// `lang`: the language of the reports.
  SiteBuilder(const FileSystem& fs, BuildOptions options, Lang lang = Lang::kNl);

  BuildOutcome BuildAll();
  /// After a burst of changes to the paths in `changed` (as the watcher names them).
  BuildOutcome Rebuild(const std::vector<std::string>& changed);
  /// The second step of an incremental rebuild (`deferred`): the search index, its store and
  /// the exports for the new content. Not ok when there was nothing to do.
  BuildOutcome FinishDeferred();

  /// The folders a rebuild depends on: content, default theme, site theme.
  std::vector<std::string> WatchedFolders() const;

 private:
  std::shared_ptr<const SiteFiles> PatchAssets(const std::vector<std::string>& changed) const;
  BuildOutcome FromUpdate(incremental::UpdateResult update);

  const FileSystem& fs_;
  BuildOptions options_;
  Lang lang_;
  incremental::IncrementalSite incremental_;
  std::shared_ptr<const SiteFiles> last_good_;
  bool last_ok_ = false;
  size_t last_entries_ = 0;
};

}  // namespace leernet::serve
