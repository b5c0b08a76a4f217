#include "incremental/incremental_site.h"

#include <algorithm>
#include <set>
#include <utility>

#include "history/change_dates.h"
#include "incremental/affected_pages.h"
#include "map/map_stage.h"
#include "render/site_renderer.h"
#include "site/bodies.h"
#include "validate/validator.h"

namespace leernet::incremental {

namespace {

// `path` relative to `dir`, or "" when it is not below it.
std::string RelativeTo(const std::string& path, const std::string& dir) {
  if (dir.empty() || dir == ".") return path;
  if (path.size() <= dir.size() + 1 || path.compare(0, dir.size(), dir) != 0 || path[dir.size()] != '/') return "";
  return path.substr(dir.size() + 1);
}

// The texts of the files that `diags` names, from `changed` first and then from `base`.
std::map<std::string, std::string> TextsFor(const Diagnostics& diags, const std::map<std::string, std::string>& changed,
                                            const std::map<std::string, std::string>& base) {
  std::map<std::string, std::string> out;
  for (const Diagnostic& d : diags.items()) {
    for (const auto* texts : {&changed, &base}) {
      auto it = texts->find(d.path);
      if (it == texts->end()) continue;
      out.emplace(d.path, it->second);
      break;
    }
  }
  return out;
}

}  // namespace

IncrementalSite::IncrementalSite(const FileSystem& fs, BuildOptions options) : fs_(fs), options_(std::move(options)) {}

BuildResult IncrementalSite::Build(std::shared_ptr<const SiteFiles>* output) {
  base_.reset();
  pending_ = false;
  relations_pending_ = false;
  retired_.clear();
  BuildResult result = RunBuild(fs_, options_, &base_);
  if (!base_) return result;
  *output = std::make_shared<const SiteFiles>(SiteFiles::FromOutput(std::move(result.output)));
  result.output = OutputSet{};
  texts_ = result.texts;
  files_ = fs_.ListFiles(options_.source, nullptr);
  entry_of_file_.clear();
  const std::vector<SourceEntry>& sources = base_->content.entries;
  const std::vector<Entry>& entries = base_->model.entries;
  bool aligned = sources.size() == entries.size();
  for (size_t i = 0; aligned && i < entries.size(); ++i) {
    aligned = sources[i].rel_path == entries[i].rel_path;
    entry_of_file_[entries[i].rel_path] = i;
  }
  // Updates swap entries by index in both lists; without one order they cannot.
  if (!aligned) base_.reset();
  return result;
}

UpdateResult IncrementalSite::Fail(UpdateResult result) const {
  result.kind = UpdateResult::Kind::kFailed;
  return result;
}

UpdateResult IncrementalSite::Update(const std::vector<std::string>& changed, const SiteFiles& current) {
  UpdateResult result;
  if (!base_ || changed.empty()) return result;
  SiteState& site = *base_;

  // Only edits of files the base already has are handled here. The watcher names every file
  // and folder that was created, removed or renamed, so its paths tell, without listing the
  // folder again, whether the set of files is still the base's.
  std::set<std::string> candidates;
  for (const std::string& path : changed) {
    std::string rel = RelativeTo(path, options_.source);
    if (rel.empty()) return result;  // the theme, or the content folder itself
    if (std::binary_search(files_.begin(), files_.end(), rel)) {
      candidates.insert(rel);
      continue;
    }
    auto below = std::lower_bound(files_.begin(), files_.end(), rel + "/");
    bool was_folder = below != files_.end() && below->compare(0, rel.size() + 1, rel + "/") == 0;
    if (was_folder || fs_.IsFile(path) || fs_.IsDirectory(path)) return result;
    // Otherwise a file that came and went, such as an editor's temporary file.
  }
  std::map<std::string, std::string> new_texts;  // path -> text, of entry files whose bytes changed
  std::vector<size_t> edited;                    // their entry indexes, ascending
  for (const std::string& rel : candidates) {
    auto entry = entry_of_file_.find(rel);
    bool settings = rel.find('/') == std::string::npos;  // site.yaml, schema.yaml
    if (entry == entry_of_file_.end() && !settings) {
      // An image or attachment changed: its copy in the site is made by the full build only.
      bool media = std::any_of(site.content.media.begin(), site.content.media.end(),
                               [&](const MediaFile& file) { return file.rel_path == rel; });
      if (media) return result;
      continue;  // a file the loader skips
    }
    std::string path = JoinPath(options_.source, rel);
    ReadResult read = fs_.ReadFile(path);
    if (!read.text || !fs_.IsFile(path)) return result;  // removed: let the full build say so
    auto known = texts_.find(path);
    if (known != texts_.end() && known->second == *read.text) continue;
    if (settings) return result;
    new_texts.emplace(path, std::move(*read.text));
    edited.push_back(entry->second);
  }
  std::sort(edited.begin(), edited.end());
  result.entries = site.model.entries.size();
  result.changed_entries = edited.size();
  if (edited.empty()) {
    result.kind = UpdateResult::Kind::kBuilt;
    result.output = std::make_shared<const SiteFiles>(current);
    return result;
  }

  // Load: the loader itself reads the edited files, from memory, with all its checks.
  MemoryFileSystem edited_fs;
  for (const auto& [path, text] : new_texts) edited_fs.Write(path, text);
  LoadedContent loaded = LoadContent(edited_fs, options_.source, site.schema, result.diags);
  if (result.diags.HasErrors() || loaded.entries.size() != edited.size()) {
    result.texts = TextsFor(result.diags, new_texts, texts_);
    return Fail(std::move(result));
  }
  std::vector<SourceEntry> old_sources;
  for (SourceEntry& fresh : loaded.entries) {
    size_t i = entry_of_file_.at(fresh.rel_path);
    old_sources.push_back(std::move(site.content.entries[i]));
    site.content.entries[i] = std::move(fresh);
  }
  auto restore_sources = [&] {
    for (SourceEntry& old : old_sources) site.content.entries[entry_of_file_.at(old.rel_path)] = std::move(old);
  };

  // Validate every entry (references may point at the edited ones); render edited bodies only.
  std::vector<Entry> entries = ValidateEntries(site.content, site.schema, result.diags);
  // RenderBodies resolves links against the files of the entries it gets: the unchanged ones
  // go in with their names only, so that their empty bodies cost nothing.
  std::vector<Entry> to_render(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    if (std::binary_search(edited.begin(), edited.end(), i)) {
      to_render[i] = entries[i];
    } else {
      to_render[i].kind = entries[i].kind;
      to_render[i].slug = entries[i].slug;
      to_render[i].path = entries[i].path;
      to_render[i].rel_path = entries[i].rel_path;
    }
  }
  std::vector<RenderedMarkdown> rendered =
      RenderBodies(to_render, site.schema, result.diags, options_.jobs, site.config.raw_html, {}, site.content.media);
  std::vector<const RenderedMarkdown*> all_bodies;
  for (size_t i = 0; i < entries.size(); ++i) {
    bool was_edited = std::binary_search(edited.begin(), edited.end(), i);
    all_bodies.push_back(was_edited || i >= site.model.bodies.size() ? &rendered[i] : &site.model.bodies[i]);
  }
  CheckAnchors(entries, all_bodies, result.diags);
  if (result.diags.HasErrors() || entries.size() != site.model.entries.size()) {
    restore_sources();
    result.texts = TextsFor(result.diags, new_texts, texts_);
    return Fail(std::move(result));
  }

  // The site model and the map again from the new entries; both are cheap.
  std::vector<RenderedMarkdown> bodies = std::move(site.model.bodies);
  for (size_t i : edited) std::swap(bodies[i], rendered[i]);  // `rendered` keeps the old ones
  SiteModel model = BuildSiteModel(std::move(entries), std::move(bodies), site.schema, site.config);
  MapPageData map = BuildMapData(model, JoinPath(options_.source, "site.yaml"), result.diags);
  if (result.diags.HasErrors()) {
    site.model.bodies = std::move(model.bodies);
    for (size_t i : edited) std::swap(site.model.bodies[i], rendered[i]);
    restore_sources();
    result.texts = TextsFor(result.diags, new_texts, texts_);
    return Fail(std::move(result));
  }
  std::set<size_t> affected = AffectedEntries(site.model, model, edited);
  bool only_bodies = OnlyBodiesChanged(site.model, model, edited);
  retired_.push_back(std::move(site.model));  // freed in Finish, after the new pages are out
  site.model = std::move(model);
  site.map = std::move(map);
  for (auto& [path, text] : new_texts) texts_[path] = text;
  if (options_.dates_from_git) {
    std::vector<std::string> rel_paths;
    for (size_t i : edited) rel_paths.push_back(site.model.entries[i].rel_path);
    ChangeDates fresh = LastChangeDates(rel_paths, options_.source);
    for (const std::string& rel : rel_paths) {
      auto date = fresh.find(rel);
      if (date == fresh.end())
        site.dates.erase(rel);
      else
        site.dates[rel] = date->second;
    }
  }

  // Pages: the affected entries, and the overviews unless only bodies changed. The relations
  // page is the slowest page of a large site, so it waits for the second step with the search
  // files; the fixed pages cannot change.
  PageSelection which;
  which.all_entries = false;
  which.entries = only_bodies ? std::set<size_t>(edited.begin(), edited.end()) : std::move(affected);
  which.overviews = !only_bodies;
  which.relations = false;
  which.fixed = false;
  relations_pending_ = relations_pending_ || !only_bodies;
  OutputSet pages;
  RenderPages(PageContext{site.model, site.theme, site.map, options_.dev, &site.dates}, which, options_.jobs, pages,
              result.diags);
  result.pages = pages.files.size();
  if (result.diags.HasErrors()) {
    base_.reset();  // the base now holds the edit but the site does not: start over
    result.texts = TextsFor(result.diags, new_texts, texts_);
    return Fail(std::move(result));
  }
  auto next = std::make_shared<SiteFiles>(current);
  next->Apply(std::move(pages));
  result.output = std::move(next);
  result.kind = UpdateResult::Kind::kBuilt;
  pending_ = true;
  return result;
}

std::shared_ptr<const SiteFiles> IncrementalSite::Finish(const SiteFiles& current, Diagnostics& diags) {
  if (!pending_ || !base_) return nullptr;
  pending_ = false;
  // The paths of these files depend only on site.yaml, the schema and which entries exist,
  // none of which an Update changes, so laying them over the old ones leaves nothing stale.
  OutputSet files;
  if (relations_pending_) {
    PageSelection relations{false, {}, false, true, false};
    const SiteState& site = *base_;
    RenderPages(PageContext{site.model, site.theme, site.map, options_.dev, &site.dates}, relations, options_.jobs,
                files, diags);
    relations_pending_ = false;
  }
  retired_.clear();
  AddSearch(*base_, fs_, options_, files, diags);
  AddSiteExports(*base_, options_.jobs, files, diags);
  auto next = std::make_shared<SiteFiles>(current);
  next->Apply(std::move(files));
  return next;
}

}  // namespace leernet::incremental
