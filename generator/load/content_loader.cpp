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
                          const LoadLimits& limits, int jobs) {
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
  std::vector<SourceEntry> candidates;
  for (const std::string& rel : files) {
    std::string path = JoinPath(source_dir, rel);
    size_t slash = rel.find('/');
    std::string name = rel.substr(rel.rfind('/') + 1);
    if (name.empty() || name[0] == '.' || !IsEntryFile(name)) continue;
    if (slash == std::string::npos) {
      if (rel != "site.yaml" && rel != "schema.yaml") {
        diags.Warning(path, {},
                      Say("genegeerd: items horen in de map van hun soort",
                          "ignored: entries belong in the folder of their kind"));
      }
      continue;
    }
    const KindSpec* kind = schema.FindKindByFolder(rel.substr(0, slash));
    if (!kind) {
      diags.Warning(path, {},
                    Say("genegeerd: '{0}' is niet de map van een soort", "ignored: '{0}' is not the folder of a kind",
                        {rel.substr(0, slash)}),
                    Say("zet het bestand in de map van een soort uit schema.yaml",
                        "move the file to the folder of a kind in schema.yaml"));
      continue;
    }
    if (rel.find('/', slash + 1) != std::string::npos) {
      diags.Warning(path, {},
                    Say("genegeerd: items van soort {0} horen direct in '{1}/'",
                        "ignored: entries of kind {0} belong directly in '{1}/'", {kind->name, kind->folder}));
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
    reads[i].text = std::move(*text);
  });
  for (size_t i = 0; i < candidates.size(); ++i) {
    for (const Diagnostic& d : reads[i].diags.items()) diags.Add(d);
    if (!reads[i].text.empty() || reads[i].ok) out.texts[candidates[i].path] = std::move(reads[i].text);
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
