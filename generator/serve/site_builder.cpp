#include "serve/site_builder.h"

#include <chrono>
#include <map>
#include <sstream>

#include "cli/commands.h"

namespace leernet::serve {

namespace {

std::string TrimSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// `path` relative to `dir`, or "" when it is not below it.
std::string RelativeTo(const std::string& path, const std::string& dir) {
  if (dir.empty() || path.size() <= dir.size() + 1 || path.compare(0, dir.size(), dir) != 0 ||
      path[dir.size()] != '/') {
    return "";
  }
  return path.substr(dir.size() + 1);
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

BuildOptions ServeBuildOptions(BuildOptions options) {
  options.dev = true;
  options.source = TrimSlashes(options.source);
  options.default_theme = TrimSlashes(options.default_theme);
  if (!options.theme_override.empty()) options.theme_override = TrimSlashes(options.theme_override);
  return options;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string Report(const Diagnostics& diags, std::map<std::string, std::string> texts, Lang lang) {
  BuildResult result;
  result.diags = diags;
  result.texts = std::move(texts);
  std::ostringstream report;
  PrintDiagnostics(result, report, lang);
  return report.str();
}

}  // namespace

SiteBuilder::SiteBuilder(const FileSystem& fs, BuildOptions options, Lang lang)
    : fs_(fs), options_(ServeBuildOptions(std::move(options))), lang_(lang), incremental_(fs, options_) {}

std::vector<std::string> SiteBuilder::WatchedFolders() const {
  std::vector<std::string> folders = {options_.source, options_.default_theme};
  if (!options_.theme_override.empty()) folders.push_back(options_.theme_override);
  return folders;
}

BuildOutcome SiteBuilder::BuildAll() {
  auto start = std::chrono::steady_clock::now();
  std::shared_ptr<const SiteFiles> output;
  BuildResult result = incremental_.Build(&output);
  BuildOutcome outcome;
  std::ostringstream report;
  PrintDiagnostics(result, report, lang_);
  outcome.report = report.str();
  outcome.errors = result.diags.ErrorCount();
  outcome.ok = !result.diags.HasErrors();
  outcome.entries = result.entries;
  if (outcome.ok) {
    outcome.output = output;
    last_good_ = outcome.output;
    last_entries_ = result.entries;
  }
  last_ok_ = outcome.ok;
  outcome.seconds = SecondsSince(start);
  return outcome;
}

BuildOutcome SiteBuilder::Rebuild(const std::vector<std::string>& changed) {
  auto start = std::chrono::steady_clock::now();
  if (last_ok_ && last_good_) {
    if (std::shared_ptr<const SiteFiles> patched = PatchAssets(changed)) {
      BuildOutcome outcome;
      outcome.ok = true;
      outcome.patched = true;
      outcome.output = patched;
      outcome.entries = last_entries_;
      last_good_ = patched;
      outcome.seconds = SecondsSince(start);
      return outcome;
    }
  }
  // The base of an incremental rebuild is the last good site, also after a failed attempt:
  // the edit that fixes it is compared with that site.
  if (last_good_ && incremental_.has_base()) {
    incremental::UpdateResult update = incremental_.Update(changed, *last_good_);
    if (update.kind != incremental::UpdateResult::Kind::kFullBuildNeeded) {
      BuildOutcome outcome = FromUpdate(std::move(update));
      outcome.seconds = SecondsSince(start);
      return outcome;
    }
  }
  return BuildAll();
}

BuildOutcome SiteBuilder::FromUpdate(incremental::UpdateResult update) {
  BuildOutcome outcome;
  outcome.report = Report(update.diags, std::move(update.texts), lang_);
  outcome.errors = update.diags.ErrorCount();
  outcome.entries = update.entries;
  outcome.incremental = true;
  outcome.pages = update.pages;
  outcome.ok = update.kind == incremental::UpdateResult::Kind::kBuilt;
  last_ok_ = outcome.ok;
  if (outcome.ok) {
    outcome.output = update.output;
    outcome.deferred = update.changed_entries > 0;
    last_good_ = outcome.output;
    last_entries_ = update.entries;
  }
  return outcome;
}

BuildOutcome SiteBuilder::FinishDeferred() {
  auto start = std::chrono::steady_clock::now();
  BuildOutcome outcome;
  if (!last_good_) return outcome;
  Diagnostics diags;
  std::shared_ptr<const SiteFiles> next = incremental_.Finish(*last_good_, diags);
  if (!next) return outcome;
  outcome.report = Report(diags, {}, lang_);
  outcome.errors = diags.ErrorCount();
  outcome.entries = last_entries_;
  outcome.ok = !diags.HasErrors();
  if (outcome.ok) {
    outcome.output = next;
    last_good_ = next;
  }
  outcome.seconds = SecondsSince(start);
  return outcome;
}

// Mirrors LoadTheme for one case only: the bytes of a theme asset that the last good site
// already has, and that still exists, are copied to assets/ unchanged, with the site theme's
// file winning over the default's. Everything else (new, removed or renamed files, templates,
// strings, content) needs the pipeline, so nullptr sends the caller there.
std::shared_ptr<const SiteFiles> SiteBuilder::PatchAssets(const std::vector<std::string>& changed) const {
  if (changed.empty()) return nullptr;
  auto next = std::make_shared<SiteFiles>(*last_good_);
  for (const std::string& path : changed) {
    std::string rel = RelativeTo(path, options_.theme_override);
    bool from_override = !rel.empty();
    if (!from_override) rel = RelativeTo(path, options_.default_theme);
    if (rel.empty() || !RelativeTo(path, options_.source).empty()) return nullptr;
    if (!StartsWith(rel, "assets/") || StartsWith(rel, "assets/lunr/")) return nullptr;
    auto existing = next->files.find(rel);
    if (existing == next->files.end()) return nullptr;
    std::string source = JoinPath(options_.default_theme, rel);
    if (!options_.theme_override.empty() && fs_.IsFile(JoinPath(options_.theme_override, rel))) {
      if (!from_override) continue;  // the site theme's file hides this one
      source = JoinPath(options_.theme_override, rel);
    }
    if (!fs_.IsFile(source)) return nullptr;
    ReadResult read = fs_.ReadFile(source);
    if (!read.text) return nullptr;
    existing->second = std::make_shared<const std::string>(std::move(*read.text));
  }
  return next;
}

}  // namespace leernet::serve
