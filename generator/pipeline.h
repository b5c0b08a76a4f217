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
#include "config/site_config.h"
#include "export/export_settings.h"
#include "search/search_stage.h"
#include "load/content_loader.h"
#include "map/map_data.h"
#include "publish/output_set.h"
#include "render/theme.h"
#include "schema/schema.h"
#include "site/site_model.h"

namespace leernet {

struct BuildOptions {
  std::string source = "content";
  std::string theme_override;  // a site's own theme folder, laid over the default theme
  std::string default_theme;   // the default theme folder
  std::string node_modules;    // where npm installed the browser libraries
  bool dev = false;            // pages for `leernet serve`
  int jobs = 0;                // threads; 0: one per core. Output is the same for any number.
  bool dates_from_git = false;  // last-change dates from git (reads the real disk, not `fs`)
  bool search_docs = false;     // keep the search index's documents in BuildResult::search
};

struct BuildResult {
  Diagnostics diags;
  std::map<std::string, std::string> texts;  // source texts by path, for excerpts in messages
  OutputSet output;
  SearchFiles search;
  size_t entries = 0;
  std::vector<std::pair<std::string, double>> timings;  // stage -> seconds, in pipeline order
};

/// The value of every stage before the output, kept by `leernet serve` so that the next build
/// can start from it. The model points into `config` and `schema`, so a SiteState never moves.
struct SiteState {
  SiteState() = default;
  SiteState(const SiteState&) = delete;
  SiteState& operator=(const SiteState&) = delete;

  SiteConfig config;
  Schema schema;
  LoadedContent content;  // the parsed entry files (their texts are in BuildResult::texts)
  SiteModel model;
  Theme theme;
  MapPageData map;
  ChangeDates dates;
};

/// Stages config to site model only: what `leernet check` runs. Writes nothing.
BuildResult RunCheck(const FileSystem& fs, const BuildOptions& options);

/// The whole build into memory. Publishing is the caller's step, so that nothing is written
/// unless this returns without errors.
BuildResult RunBuild(const FileSystem& fs, const BuildOptions& options);

/// RunBuild that hands every file to `sink` as soon as it is made, so that result.output holds
/// none. The caller puts the sink's files in place only when this returns without errors.
BuildResult StreamBuild(const FileSystem& fs, const BuildOptions& options, FileSink& sink);

/// RunBuild that also hands back its stages' values in `state`, only when it has no errors.
BuildResult RunBuild(const FileSystem& fs, const BuildOptions& options, std::unique_ptr<SiteState>* state);

/// The last stages, which read every entry: the search files (returned, and added to `output`)
/// and the exports. `leernet serve` runs them again after a rebuild of the pages.
SearchFiles AddSearch(const SiteState& site, const FileSystem& fs, const BuildOptions& options, OutputSet& output,
                      Diagnostics& diags);
void AddSiteExports(const SiteState& site, int jobs, OutputSet& output, Diagnostics& diags);

}  // namespace leernet
