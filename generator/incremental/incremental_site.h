// Rebuilds the site of `leernet serve` after edits to existing entry files by redoing only what
// the edits can change, starting from the stages' values of the last good build. Anything else
// (files added or removed, site.yaml, schema, theme) is left to a full build. Knows the
// pipeline's stages; knows nothing of HTTP, inotify or the terminal.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "incremental/site_files.h"
#include "pipeline.h"

namespace leernet::incremental {

struct UpdateResult {
  enum class Kind {
    kFullBuildNeeded,  // the edit is not one this module handles; nothing was done
    kBuilt,            // `output` has the new pages; the search files and exports wait (Finish)
    kFailed,           // the content has errors (`diags`); the base is still the last good build
  };
  Kind kind = Kind::kFullBuildNeeded;
  Diagnostics diags;
  std::map<std::string, std::string> texts;  // the texts of the files `diags` names
  std::shared_ptr<const SiteFiles> output;
  size_t entries = 0;
  size_t changed_entries = 0;
  size_t pages = 0;  // pages rendered
};

class IncrementalSite {
 public:
  /// `fs` must outlive this.
  IncrementalSite(const FileSystem& fs, BuildOptions options);

  /// A full build. When it has no errors its values become the base of the next Update, and
  /// `output` gets its files; when it has errors the base is dropped.
  BuildResult Build(std::shared_ptr<const SiteFiles>* output);

  /// Phase 1 after a burst of changes to `changed` (paths as the watcher names them): the pages
  /// those edits can change, rendered again and laid over `current` (the site being served).
  UpdateResult Update(const std::vector<std::string>& changed, const SiteFiles& current);

  /// Phase 2: the relations page when fields changed, and the search files and exports for the base, laid over `current`. nullptr when the
  /// last Update left nothing to do.
  std::shared_ptr<const SiteFiles> Finish(const SiteFiles& current, Diagnostics& diags);

  bool has_base() const { return base_ != nullptr; }
  /// Forgets the base, so that the next Update asks for a full build.
  void Drop() { base_.reset(); }

 private:
  UpdateResult Fail(UpdateResult result) const;

  const FileSystem& fs_;
  BuildOptions options_;
  std::unique_ptr<SiteState> base_;
  std::map<std::string, std::string> texts_;  // every source text of the base, by path
  std::vector<std::string> files_;            // the content folder's listing for the base
  std::unordered_map<std::string, size_t> entry_of_file_;  // rel_path -> index of model and content
  bool pending_ = false;            // Finish has search files and exports to make
  bool relations_pending_ = false;  // and the relations page
  std::vector<SiteModel> retired_;  // models of earlier Updates, kept until Finish frees them
};

}  // namespace leernet::incremental
