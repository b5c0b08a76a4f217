#include "pipeline.h"

#include <chrono>

#include "base/memory.h"
#include "config/site_config.h"
#include "export/exports.h"
#include "history/change_dates.h"
#include "load/content_loader.h"
#include "map/map_stage.h"
#include "render/finder_data.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "schema/schema.h"
#include "site/bodies.h"
#include "site/media_output.h"
#include "site/site_model.h"
#include "validate/plausibility.h"
#include "validate/validator.h"

namespace leernet {

namespace {

// Records how long each stage took, for `leernet build --timings`.
class StageClock {
 public:
  explicit StageClock(BuildResult& result) : result_(result), last_(std::chrono::steady_clock::now()) {}
  void Done(const char* stage) {
    auto now = std::chrono::steady_clock::now();
    result_.timings.emplace_back(stage, std::chrono::duration<double>(now - last_).count());
    last_ = now;
  }

 private:
  BuildResult& result_;
  std::chrono::steady_clock::time_point last_;
};

// Stages 1-6: configuration, schema, files, validation, Markdown, site model. `keep_sources`:
// serve's incremental rebuilds read the loaded entries again later.
std::unique_ptr<SiteState> LoadSite(const FileSystem& fs, const BuildOptions& options, BuildResult& result,
                                    bool keep_sources) {
  auto site = std::make_unique<SiteState>();
  Diagnostics& diags = result.diags;
  StageClock clock(result);
  if (!fs.IsDirectory(options.source)) {
    diags.Error(options.source, {}, Say("de inhoudsmap bestaat niet", "content folder does not exist"),
                Say("geef het pad van de map met site.yaml en schema.yaml",
                    "give the path of the folder with site.yaml and schema.yaml"));
    return site;
  }
  std::string config_path = JoinPath(options.source, "site.yaml");
  std::string schema_path = JoinPath(options.source, "schema.yaml");
  if (auto doc = LoadYamlFile(fs, config_path, diags, &result.texts))
    site->config = ParseSiteConfig(*doc, config_path, diags);
  if (auto doc = LoadYamlFile(fs, schema_path, diags, &result.texts))
    site->schema = ParseSchema(*doc, schema_path, diags);
  if (diags.HasErrors()) return site;
  LoadLimits limits;
  limits.image_warn_bytes = static_cast<long long>(site->config.media.image_warn_kb) * 1024;
  limits.attachment_warn_bytes = static_cast<long long>(site->config.media.attachment_warn_kb) * 1024;
  site->content = LoadContent(fs, options.source, site->schema, diags, limits, options.jobs, keep_sources);
  result.texts.merge(site->content.texts);
  clock.Done("load");
  std::vector<Entry> entries = ValidateEntries(site->content, site->schema, diags);
  CheckPlausibility(entries, site->schema, PlausibleYears(), diags);
  // The validated entries hold their own copies of fields and body; dropping the parsed files
  // before the bodies are rendered keeps the two from being in memory together (about 130 MB
  // at 10,000 entries, most of the build's peak).
  if (!keep_sources) std::vector<SourceEntry>().swap(site->content.entries);
  clock.Done("validate");
  std::vector<RenderedMarkdown> bodies = RenderBodies(entries, site->schema, diags, options.jobs, site->config.raw_html,
                                                      site->content.unreadable, site->content.media);
  CheckAnchors(entries, bodies, diags);
  clock.Done("markdown");
  result.entries = entries.size();
  site->model = BuildSiteModel(std::move(entries), std::move(bodies), site->schema, site->config);
  CheckFinderSettings(site->model, config_path, diags);
  clock.Done("site model");
  return site;
}

// The loader keeps only the texts of files it had a message about; a content file that a later
// stage reported on at a position is read again here, so that its messages show the line and
// count columns in characters all the same. (Messages about output files have no position.)
void ReadTextsForMessages(const FileSystem& fs, const BuildOptions& options, BuildResult& result) {
  std::string prefix = JoinPath(options.source, "x");  // "content/x", or "x" for "."
  prefix.pop_back();
  for (const Diagnostic& d : result.diags.items()) {
    if (d.pos.line <= 0 || d.path.rfind(prefix, 0) != 0 || result.texts.count(d.path)) continue;
    if (std::optional<std::string> text = fs.ReadFile(d.path).text) result.texts[d.path] = std::move(*text);
  }
}

// In a build that keeps no state for serve, the entry pages are the last to read the bodies'
// HTML and the exports the last to read their Markdown; the search files, made last because they
// need the most memory, read only the plain text.
void ReleaseBodyHtml(SiteModel& model) {
  for (RenderedMarkdown& body : model.bodies) std::string().swap(body.html);
  ReturnFreedMemory();
}
void ReleaseBodyMarkdown(SiteModel& model) {
  for (Entry& entry : model.entries) std::string().swap(entry.body);
  ReturnFreedMemory();
}

std::vector<std::string> EntryFiles(const SiteModel& model) {
  std::vector<std::string> paths;
  for (const Entry& e : model.entries) paths.push_back(e.rel_path);
  return paths;
}

}  // namespace

BuildResult RunCheck(const FileSystem& fs, const BuildOptions& options) {
  BuildResult result;
  LoadSite(fs, options, result, /*keep_sources=*/false);
  ReadTextsForMessages(fs, options, result);
  return result;
}

namespace {

BuildResult BuildStages(const FileSystem& fs, const BuildOptions& options, FileSink* sink,
                        std::unique_ptr<SiteState>* state) {
  BuildResult result;
  if (sink) result.output = OutputSet(sink);
  std::unique_ptr<SiteState> site = LoadSite(fs, options, result, /*keep_sources=*/state != nullptr);
  if (result.diags.HasErrors()) return result;
  if (!state) ReturnFreedMemory();

  StageClock clock(result);
  std::vector<std::string> theme_dirs = {options.default_theme};
  if (!options.theme_override.empty()) theme_dirs.push_back(options.theme_override);
  site->theme = LoadTheme(fs, theme_dirs, site->config.language, result.diags);
  result.texts.insert(site->theme.texts.begin(), site->theme.texts.end());
  site->map = BuildMapData(site->model, JoinPath(options.source, "site.yaml"), result.diags);
  clock.Done("map");
  if (result.diags.HasErrors()) return result;
  if (options.dates_from_git) site->dates = LastChangeDates(EntryFiles(site->model), options.source);
  clock.Done("dates");

  const PageContext pages{site->model, site->theme, site->map, options.dev, &site->dates};
  // The entry pages first: they alone read the bodies' HTML, which can then go before the
  // overviews and the finder, whose views are the largest.
  RenderPages(pages, PageSelection{true, {}, false, false, false}, options.jobs, result.output, result.diags);
  if (!state) ReleaseBodyHtml(site->model);
  RenderPages(pages, PageSelection{false, {}, true, true, true}, options.jobs, result.output, result.diags);
  clock.Done("pages");
  AddSiteExports(*site, options.jobs, result.output, result.diags);
  clock.Done("exports");
  if (!state) ReleaseBodyMarkdown(site->model);
  result.search = AddSearch(*site, fs, options, result.output, result.diags);
  clock.Done("search");
  AddMediaFiles(site->content.media, fs, result.output, result.diags);
  clock.Done("media");
  if (state && !result.diags.HasErrors()) *state = std::move(site);
  return result;
}

BuildResult Build(const FileSystem& fs, const BuildOptions& options, FileSink* sink,
                  std::unique_ptr<SiteState>* state) {
  BuildResult result = BuildStages(fs, options, sink, state);
  ReadTextsForMessages(fs, options, result);
  return result;
}

}  // namespace

BuildResult RunBuild(const FileSystem& fs, const BuildOptions& options) { return Build(fs, options, nullptr, nullptr); }

BuildResult RunBuild(const FileSystem& fs, const BuildOptions& options, std::unique_ptr<SiteState>* state) {
  return Build(fs, options, nullptr, state);
}

BuildResult StreamBuild(const FileSystem& fs, const BuildOptions& options, FileSink& sink) {
  return Build(fs, options, &sink, nullptr);
}

SearchFiles AddSearch(const SiteState& site, const FileSystem& fs, const BuildOptions& options, OutputSet& output,
                      Diagnostics& diags) {
  return WriteSearchFiles(site.model, fs, JoinPath(options.source, "site.yaml"), options.node_modules, output, diags,
                          {options.jobs, options.search_docs});
}

void AddSiteExports(const SiteState& site, int jobs, OutputSet& output, Diagnostics& diags) {
  AddExports(site.model, site.dates, ExportSettings{site.config.base_url, 50}, jobs, output, diags);
}

}  // namespace leernet
