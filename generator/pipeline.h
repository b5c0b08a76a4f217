// The build from content folder to site, as one sequence of stages. Each stage returns a plain
// value that the next one reads; the pipeline stops before rendering when content has errors
// and before writing when anything has.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "indexing/search_stage.h"
#include "publish/output_set.h"

namespace leernet {

struct BuildOptions {
  std::string source = "content";
  std::string theme_override;  // a site's own theme folder, laid over the default theme
  std::string default_theme;   // the default theme folder
  std::string node_modules;    // where npm installed the browser libraries
  bool dev = false;            // pages for `leernet serve`
  int jobs = 0;                // threads; 0: one per core. Output is the same for any number.
  bool dates_from_git = false;  // last-change dates from git (reads the real disk, not `fs`)
};

struct BuildResult {
  Diagnostics diags;
  std::map<std::string, std::string> texts;  // source texts by path, for excerpts in messages
  OutputSet output;
  SearchFiles search;
  size_t entries = 0;
  std::vector<std::pair<std::string, double>> timings;  // stage -> seconds, in pipeline order
};

/// Stages config to site model only: what `leernet check` runs. Writes nothing.
BuildResult RunCheck(const FileSystem& fs, const BuildOptions& options);

/// The whole build into memory. Publishing is the caller's step, so that nothing is written
/// unless this returns without errors.
BuildResult RunBuild(const FileSystem& fs, const BuildOptions& options);

}  // namespace leernet
