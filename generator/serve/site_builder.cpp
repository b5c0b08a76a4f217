#include "serve/site_builder.h"

#include <chrono>
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

}  // namespace

SiteBuilder::SiteBuilder(const FileSystem& fs, BuildOptions options) : fs_(fs), options_(std::move(options)) {
  options_.dev = true;
  options_.source = TrimSlashes(options_.source);
  options_.default_theme = TrimSlashes(options_.default_theme);
  if (!options_.theme_override.empty()) options_.theme_override = TrimSlashes(options_.theme_override);
}

std::vector<std::string> SiteBuilder::WatchedFolders() const {
  std::vector<std::string> folders = {options_.source, options_.default_theme};
  if (!options_.theme_override.empty()) folders.push_back(options_.theme_override);
  return folders;
}

BuildOutcome SiteBuilder::BuildAll() {
  auto start = std::chrono::steady_clock::now();
  BuildResult result = RunBuild(fs_, options_);
  BuildOutcome outcome;
  std::ostringstream report;
  PrintDiagnostics(result, report);
  outcome.report = report.str();
  outcome.errors = result.diags.ErrorCount();
  outcome.ok = !result.diags.HasErrors();
  outcome.entries = result.entries;
  if (outcome.ok) {
    outcome.output = std::make_shared<const OutputSet>(std::move(result.output));
    last_good_ = outcome.output;
    last_entries_ = result.entries;
  }
  last_ok_ = outcome.ok;
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

BuildOutcome SiteBuilder::Rebuild(const std::vector<std::string>& changed) {
  auto start = std::chrono::steady_clock::now();
  if (last_ok_ && last_good_) {
    if (std::shared_ptr<const OutputSet> patched = PatchAssets(changed)) {
      BuildOutcome outcome;
      outcome.ok = true;
      outcome.patched = true;
      outcome.output = patched;
      outcome.entries = last_entries_;
      last_good_ = patched;
      outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      return outcome;
    }
  }
  return BuildAll();
}

// Mirrors LoadTheme for one case only: the bytes of a theme asset that the last good site
// already has, and that still exists, are copied to assets/ unchanged, with the site theme's
// file winning over the default's. Everything else (new, removed or renamed files, templates,
// strings, content) needs the pipeline, so nullptr sends the caller there.
std::shared_ptr<const OutputSet> SiteBuilder::PatchAssets(const std::vector<std::string>& changed) const {
  if (changed.empty()) return nullptr;
  auto next = std::make_shared<OutputSet>(*last_good_);
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
    existing->second = std::move(*read.text);
  }
  return next;
}

}  // namespace leernet::serve
