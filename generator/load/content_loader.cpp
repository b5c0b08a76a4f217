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

std::optional<std::string> ReadChecked(const FileSystem& fs, const std::string& path,
                                       Diagnostics& diags, const LoadLimits& limits) {
  long long size = fs.FileSize(path);
  if (size > limits.max_file_bytes) {
    diags.Error(path, {}, "file is " + std::to_string(size) + " bytes, more than the limit of " +
                              std::to_string(limits.max_file_bytes));
    return std::nullopt;
  }
  ReadResult read = fs.ReadFile(path);
  if (!read.text) {
    diags.Error(path, {}, "cannot read file: " + read.error);
    return std::nullopt;
  }
  if (read.text->rfind("\xFF\xFE", 0) == 0 || read.text->rfind("\xFE\xFF", 0) == 0) {
    diags.Error(path, {1, 1}, "the file is saved as UTF-16: save it as UTF-8");
    return std::nullopt;
  }
  if (std::optional<Position> bad = FindInvalidUtf8(*read.text)) {
    diags.Error(path, *bad, "invalid UTF-8: the file must be saved as UTF-8");
    return std::nullopt;
  }
  if (read.text->find('\0') != std::string::npos) {
    diags.Error(path, PositionOfOffset(*read.text, read.text->find('\0')), "the file contains a NUL byte");
    return std::nullopt;
  }
  if (std::optional<size_t> at = FindControlCharacter(*read.text)) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>((*read.text)[*at]));
    diags.Error(path, PositionOfOffset(*read.text, *at),
                std::string("the file contains a control character (") + buf + "); remove it");
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

LoadedContent LoadContent(const FileSystem& fs, const std::string& source_dir, const Schema& schema,
                          Diagnostics& diags, const LoadLimits& limits, int jobs) {
  LoadedContent out;
  std::vector<std::string> links;
  std::vector<std::string> files = fs.ListFiles(source_dir, &links);
  for (const std::string& link : links) {
    diags.Error(JoinPath(source_dir, link), {},
                "symbolic links are not followed: content must be inside the content folder");
  }
  std::vector<SourceEntry> candidates;
  for (const std::string& rel : files) {
    std::string path = JoinPath(source_dir, rel);
    size_t slash = rel.find('/');
    std::string name = rel.substr(rel.rfind('/') + 1);
    if (name.empty() || name[0] == '.' || !IsEntryFile(name)) continue;
    if (slash == std::string::npos) {
      if (rel != "site.yaml" && rel != "schema.yaml") {
        diags.Warning(path, {}, "ignored: entries belong in the folder of their kind");
      }
      continue;
    }
    const KindSpec* kind = schema.FindKindByFolder(rel.substr(0, slash));
    if (!kind) {
      diags.Warning(path, {}, "ignored: '" + rel.substr(0, slash) + "' is not the folder of a kind");
      continue;
    }
    if (rel.find('/', slash + 1) != std::string::npos) {
      diags.Warning(path, {}, "ignored: entries of kind " + kind->name + " belong directly in '" +
                                  kind->folder + "/'");
      continue;
    }
    SourceEntry entry;
    entry.kind = kind->name;
    entry.slug = StemOf(name);
    entry.path = path;
    entry.rel_path = rel;
    if (!IsValidSlug(entry.slug)) {
      diags.Error(path, {}, "file name '" + name +
                                "' is not a valid slug: use lowercase letters a-z, digits and single hyphens");
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
    if (reads[i].ok) out.entries.push_back(std::move(candidates[i]));
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
      diags.Error(b.path, {}, "duplicate slug '" + b.slug + "': " + a.path + " has the same name");
    }
  }
  return out;
}

}  // namespace leernet
