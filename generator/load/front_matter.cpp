#include "load/front_matter.h"

#include <string_view>

#include "yaml/yaml_reader.h"

namespace leernet {

namespace {

bool IsFenceLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---";
}

bool CheckFieldsAreMap(const Value& v, const std::string& path, Diagnostics& diags) {
  if (v.IsMap() || v.IsNull()) return true;
  diags.Error(path, v.pos, std::string("the fields of an entry must be a map of 'name: value', found ") +
                               DescribeType(v));
  return false;
}

}  // namespace

bool SplitMarkdownEntry(const std::string& text, const std::string& path, SourceEntry& entry,
                        Diagnostics& diags) {
  std::string_view rest = text;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  size_t first_nl = rest.find('\n');
  if (!IsFenceLine(rest.substr(0, first_nl))) {
    diags.Error(path, {1, 1}, "missing front matter: an entry starts with a line '---', its fields, and another '---'");
    return false;
  }
  if (first_nl == std::string_view::npos) {
    diags.Error(path, {1, 1}, "front matter is not closed: add a line '---' after the fields");
    return false;
  }
  size_t start = first_nl + 1;
  size_t pos = start;
  int line = 2;
  while (pos <= rest.size()) {
    size_t nl = rest.find('\n', pos);
    std::string_view current = rest.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (IsFenceLine(current)) {
      std::optional<Value> fields = ReadYaml(rest.substr(start, pos - start), path, 2, diags);
      if (!fields || !CheckFieldsAreMap(*fields, path, diags)) return false;
      entry.fields = std::move(*fields);
      entry.body = nl == std::string_view::npos ? "" : std::string(rest.substr(nl + 1));
      entry.body_line = line + 1;
      return true;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++line;
  }
  diags.Error(path, {1, 1}, "front matter is not closed: add a line '---' after the fields");
  return false;
}

bool ReadYamlEntry(const std::string& text, const std::string& path, SourceEntry& entry,
                   Diagnostics& diags) {
  std::string_view rest = text;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  std::optional<Value> fields = ReadYaml(rest, path, 1, diags);
  if (!fields || !CheckFieldsAreMap(*fields, path, diags)) return false;
  entry.fields = std::move(*fields);
  for (auto it = entry.fields.entries.begin(); it != entry.fields.entries.end(); ++it) {
    if (it->key != "body") continue;
    if (!it->value.IsScalar() && !it->value.IsNull()) {
      diags.Error(path, it->value.pos, std::string("'body' must be Markdown text, found ") + DescribeType(it->value));
      return false;
    }
    entry.body = it->value.scalar;
    // A block scalar ('|' or '>') starts its text on the next line.
    entry.body_line = it->value.pos.line + (it->value.quoted ? 1 : 0);
    entry.fields.entries.erase(it);
    break;
  }
  return true;
}

}  // namespace leernet
