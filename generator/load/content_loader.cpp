#include "load/content_loader.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/parallel.h"
#include "base/text.h"
#include "load/front_matter.h"
#include "yaml/yaml_reader.h"

namespace leernet {

namespace {

std::optional<std::string> ReadChecked(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                       const LoadLimits& limits) {
  long long size = fs.FileSize(path);
  if (size > limits.max_file_bytes) {
    diags.Error(path, {},
                Say("bestand is {0} bytes, meer dan de grens van {1}", "file is {0} bytes, more than the limit of {1}",
                    {std::to_string(size), std::to_string(limits.max_file_bytes)}),
                Say("splits de tekst over meer items, of haal grote stukken eruit",
                    "split the text over more entries, or remove large parts"));
    return std::nullopt;
  }
  ReadResult read = fs.ReadFile(path);
  if (!read.text) {
    // The reason comes from the operating system, in its own words.
    diags.Error(path, {}, Say("kan bestand niet lezen: {0}", "cannot read file: {0}", {read.error}));
    return std::nullopt;
  }
  if (read.text->rfind("\xFF\xFE", 0) == 0 || read.text->rfind("\xFE\xFF", 0) == 0) {
    diags.Error(path, {1, 1},
                Say("het bestand is opgeslagen als UTF-16: sla het op als UTF-8",
                    "the file is saved as UTF-16: save it as UTF-8"));
    return std::nullopt;
  }
  if (std::optional<Position> bad = FindInvalidUtf8(*read.text)) {
    diags.Error(path, *bad,
                Say("ongeldige UTF-8: het bestand moet als UTF-8 zijn opgeslagen",
                    "invalid UTF-8: the file must be saved as UTF-8"));
    return std::nullopt;
  }
  if (read.text->find('\0') != std::string::npos) {
    diags.Error(path, PositionOfOffset(*read.text, read.text->find('\0')),
                Say("het bestand bevat een NUL-byte", "the file contains a NUL byte"),
                Say("haal het teken weg; is het misschien geen tekstbestand?",
                    "remove the character; is it perhaps not a text file?"));
    return std::nullopt;
  }
  if (std::optional<size_t> at = FindControlCharacter(*read.text)) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>((*read.text)[*at]));
    diags.Error(path, PositionOfOffset(*read.text, *at),
                Say("het bestand bevat een stuurteken ({0}); haal het weg",
                    "the file contains a control character ({0}); remove it", {buf}));
    return std::nullopt;
  }
  return std::move(read.text);
}

bool IsEntryFile(const std::string& name) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
  };
  return ends(".md") || ends(".yaml") || ends(".yml");
}

std::string StemOf(const std::string& name) { return name.substr(0, name.rfind('.')); }

// Hidden files and folders, and folders whose name starts with '_' (tools keep their files
// there, such as the JSON Schemas `leernet new` writes), are not content.
bool IsHidden(const std::string& rel) {
  return rel[0] == '.' || rel.find("/.") != std::string::npos || (rel[0] == '_' && rel.find('/') != std::string::npos);
}

void CheckMediaSize(const MediaFile& file, const LoadLimits& limits, Diagnostics& diags) {
  long long limit = file.type == MediaType::kImage ? limits.image_warn_bytes : limits.attachment_warn_bytes;
  if (file.bytes <= limit) return;
  auto kb = [](long long bytes) { return std::to_string((bytes + 1023) / 1024); };
  if (file.type == MediaType::kImage) {
    diags.Warning(
        file.path, {},
        Say("afbeelding is {0} kB, meer dan {1} kB", "image is {0} kB, more than {1} kB", {kb(file.bytes), kb(limit)}),
        Say("verklein de afbeelding (bijvoorbeeld tot 1600 pixels breed) of sla haar op als .webp of .jpg; "
            "de grens staat in site.yaml onder media.image_warn_kb",
            "make the image smaller (for example 1600 pixels wide) or save it as .webp or .jpg; "
            "the limit is media.image_warn_kb in site.yaml"));
  } else {
    diags.Warning(file.path, {},
                  Say("bijlage is {0} kB, meer dan {1} kB", "attachment is {0} kB, more than {1} kB",
                      {kb(file.bytes), kb(limit)}),
                  Say("maak het bestand kleiner of link naar de bron; de grens staat in site.yaml onder "
                      "media.attachment_warn_kb",
                      "make the file smaller or link to its source; the limit is media.attachment_warn_kb in "
                      "site.yaml"));
  }
}

// Sorts the files of the content folder into entry candidates and media files, and says what
// happens to every other file, so that nothing an editor put there disappears without a word.
std::vector<SourceEntry> SortFiles(const FileSystem& fs, const std::vector<std::string>& files,
                                   const std::string& source_dir, const Schema& schema, const LoadLimits& limits,
                                   std::vector<MediaFile>& media, Diagnostics& diags) {
  std::vector<SourceEntry> candidates;
  std::set<std::string> unknown_folders;
  std::vector<std::string> folders;
  for (const std::string& kind : schema.KindNames()) folders.push_back(schema.FindKind(kind)->folder);
  std::vector<std::string> known_folders = folders;
  known_folders.push_back(kMediaFolder);
  for (const std::string& rel : files) {
    if (rel.empty() || IsHidden(rel)) continue;
    std::string path = JoinPath(source_dir, rel);
    size_t slash = rel.find('/');
    std::string name = rel.substr(rel.rfind('/') + 1);
    if (slash == std::string::npos) {
      if (IsEntryFile(name) && rel != "site.yaml" && rel != "schema.yaml") {
        diags.Warning(path, {},
                      Say("genegeerd: items horen in de map van hun soort",
                          "ignored: entries belong in the folder of their kind"));
      }
      continue;
    }
    std::string folder = rel.substr(0, slash);
    const KindSpec* kind = schema.FindKindByFolder(folder);
    MediaType type = MediaTypeOf(name);
    if (type != MediaType::kNone && (kind || folder == kMediaFolder)) {
      media.push_back(MediaFile{rel, path, type, fs.FileSize(path)});
      CheckMediaSize(media.back(), limits, diags);
      continue;
    }
    if (!kind && folder != kMediaFolder) {
      // One message per folder: a misspelt folder name loses all of its entries at once.
      if (!unknown_folders.insert(folder).second) continue;
      diags.Error(JoinPath(source_dir, folder), {},
                  Say("map '{0}' is niet de map van een soort: de bestanden erin komen niet in de site",
                      "folder '{0}' is not the folder of a kind: its files are not part of the site", {folder}) +
                      DidYouMeanSuffix(folder, known_folders),
                  Say("mappen van soorten: {0}; afbeeldingen en bijlagen mogen ook in '{1}/'",
                      "folders of kinds: {0}; images and attachments may also go in '{1}/'",
                      {JoinNames(folders), kMediaFolder}));
      continue;
    }
    if (IsOtherMarkdownName(name)) {
      diags.Error(path, {},
                  Say("'{0}' wordt niet gelezen: items in Markdown hebben de extensie .md",
                      "'{0}' is not read: Markdown entries have the extension .md", {name}),
                  Say("hernoem het bestand naar '{0}.md'", "rename the file to '{0}.md'", {StemOf(name)}));
      continue;
    }
    if (!kind && IsEntryFile(name)) {
      diags.Error(path, {},
                  Say("items horen in de map van hun soort, niet in '{0}/'",
                      "entries belong in the folder of their kind, not in '{0}/'", {kMediaFolder}),
                  Say("mappen van soorten: {0}", "folders of kinds: {0}", {JoinNames(folders)}));
      continue;
    }
    if (!IsEntryFile(name) || !kind) {
      diags.Error(
          path, {},
          Say("bestandstype van '{0}' wordt niet gepubliceerd", "the file type of '{0}' is not published", {name}),
          Say("items zijn .md of .yaml; afbeeldingen {0}; bijlagen {1}",
              "entries are .md or .yaml; images {0}; attachments {1}", {ImageExtensions(), AttachmentExtensions()}));
      continue;
    }
    if (rel.find('/', slash + 1) != std::string::npos) {
      diags.Error(path, {},
                  Say("items van soort {0} horen direct in '{1}/', niet in een submap",
                      "entries of kind {0} belong directly in '{1}/', not in a subfolder", {kind->name, kind->folder}),
                  Say("verplaats het bestand naar '{0}/'", "move the file to '{0}/'", {kind->folder}));
      continue;
    }
    SourceEntry entry;
    entry.kind = kind->name;
    entry.slug = StemOf(name);
    entry.path = path;
    entry.rel_path = rel;
    if (!IsValidSlug(entry.slug)) {
      diags.Error(
          path, {},
          Say("bestandsnaam '{0}' is geen geldige slug: gebruik kleine letters a-z, cijfers en losse streepjes",
              "file name '{0}' is not a valid slug: use lowercase letters a-z, digits and single hyphens", {name}));
      continue;
    }
    candidates.push_back(std::move(entry));
  }
  return candidates;
}

}  // namespace

std::optional<Value> LoadYamlFile(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                  std::map<std::string, std::string>* texts, const LoadLimits& limits) {
  std::optional<std::string> text = ReadChecked(fs, path, diags, limits);
  if (!text) return std::nullopt;
  std::string_view body = *text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  std::optional<Value> value = ReadYaml(body, path, 1, diags);
  if (texts) (*texts)[path] = std::move(*text);
  return value;
}

LoadedContent LoadContent(const FileSystem& fs, const std::string& source_dir, const Schema& schema, Diagnostics& diags,
                          const LoadLimits& limits, int jobs, bool keep_texts) {
  LoadedContent out;
  std::vector<std::string> links;
  std::vector<std::string> files = fs.ListFiles(source_dir, &links);
  for (const std::string& link : links) {
    diags.Error(JoinPath(source_dir, link), {},
                Say("symbolische links worden niet gevolgd: inhoud moet in de map content staan",
                    "symbolic links are not followed: content must be inside the content folder"),
                Say("zet een kopie van het bestand op deze plek in plaats van de link",
                    "put a copy of the file here instead of the link"));
  }
  std::vector<SourceEntry> candidates = SortFiles(fs, files, source_dir, schema, limits, out.media, diags);
  // Reading and parsing are independent per file; each file writes only its own slot.
  struct Read {
    bool ok = false;
    std::string text;
    Diagnostics diags;
  };
  std::vector<Read> reads(candidates.size());
  ParallelFor(candidates.size(), jobs, [&](size_t i) {
    SourceEntry& entry = candidates[i];
    std::optional<std::string> text = ReadChecked(fs, entry.path, reads[i].diags, limits);
    if (!text) return;
    const std::string& name = entry.rel_path;
    reads[i].ok = name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0
                      ? SplitMarkdownEntry(*text, entry.path, entry, reads[i].diags)
                      : ReadYamlEntry(*text, entry.path, entry, reads[i].diags);
    if (keep_texts || !reads[i].diags.items().empty()) reads[i].text = std::move(*text);
  });
  for (size_t i = 0; i < candidates.size(); ++i) {
    for (const Diagnostic& d : reads[i].diags.items()) diags.Add(d);
    bool kept = keep_texts || !reads[i].diags.items().empty();
    if (kept && (!reads[i].text.empty() || reads[i].ok)) out.texts[candidates[i].path] = std::move(reads[i].text);
    if (reads[i].ok) {
      out.entries.push_back(std::move(candidates[i]));
    } else {
      candidates[i].fields = Value();
      candidates[i].body.clear();
      out.unreadable.push_back(std::move(candidates[i]));
    }
  }
  // Schema order of kinds, then slug, so that every later stage sees one stable order.
  std::vector<std::string> order = schema.KindNames();
  auto rank = [&](const std::string& k) { return std::find(order.begin(), order.end(), k) - order.begin(); };
  std::stable_sort(out.entries.begin(), out.entries.end(), [&](const SourceEntry& a, const SourceEntry& b) {
    if (a.kind != b.kind) return rank(a.kind) < rank(b.kind);
    return a.slug < b.slug;
  });
  for (size_t i = 1; i < out.entries.size(); ++i) {
    const SourceEntry& a = out.entries[i - 1];
    const SourceEntry& b = out.entries[i];
    if (a.kind == b.kind && a.slug == b.slug) {
      diags.Error(b.path, {},
                  Say("dubbele slug '{0}': {1} heeft dezelfde naam", "duplicate slug '{0}': {1} has the same name",
                      {b.slug, a.path}),
                  Say("geef een van de twee bestanden een andere naam", "rename one of the two files"));
    }
  }
  return out;
}

}  // namespace leernet
