#include "load/front_matter.h"

#include <algorithm>
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

std::string_view LineAt(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool IsBlockScalarAt(std::string_view text, Position at) {
  std::string_view line = LineAt(text, at.line);
  size_t col = static_cast<size_t>(std::max(at.column, 1) - 1);
  return col < line.size() && (line[col] == '|' || line[col] == '>');
}

int IndentOfLine(std::string_view text, int line_number) {
  std::string_view line = LineAt(text, line_number);
  size_t indent = line.find_first_not_of(' ');
  return indent == std::string_view::npos ? 0 : static_cast<int>(indent);
}

bool CheckFieldsAreMap(const Value& v, const std::string& path, Diagnostics& diags) {
  if (v.IsMap() || v.IsNull()) return true;
  diags.Error(path, v.pos,
              Say("de velden van een item moeten regels 'naam: waarde' zijn, gevonden: ",
                  "the fields of an entry must be a map of 'name: value', found ") +
                  DescribeType(v),
              Say("schrijf elk veld op een eigen regel als 'naam: waarde'",
                  "write each field on a line of its own as 'name: value'"));
  return false;
}

}  // namespace

bool SplitMarkdownEntry(const std::string& text, const std::string& path, SourceEntry& entry, Diagnostics& diags) {
  std::string_view rest = text;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  size_t first_nl = rest.find('\n');
  if (!IsFenceLine(rest.substr(0, first_nl))) {
    diags.Error(path, {1, 1},
                Say("kop met velden ontbreekt: een item begint met een regel '---', de velden, en weer '---'",
                    "missing front matter: an entry starts with a line '---', its fields, and another '---'"));
    return false;
  }
  if (first_nl == std::string_view::npos) {
    diags.Error(path, {1, 1},
                Say("kop met velden is niet afgesloten: zet een regel '---' na de velden",
                    "front matter is not closed: add a line '---' after the fields"));
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
  diags.Error(path, {1, 1},
              Say("kop met velden is niet afgesloten: zet een regel '---' na de velden",
                  "front matter is not closed: add a line '---' after the fields"));
  return false;
}

bool ReadYamlEntry(const std::string& text, const std::string& path, SourceEntry& entry, Diagnostics& diags) {
  std::string_view rest = text;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  std::optional<Value> fields = ReadYaml(rest, path, 1, diags);
  if (!fields || !CheckFieldsAreMap(*fields, path, diags)) return false;
  entry.fields = std::move(*fields);
  for (auto it = entry.fields.entries.begin(); it != entry.fields.entries.end(); ++it) {
    if (it->key != "body") continue;
    if (!it->value.IsScalar() && !it->value.IsNull()) {
      diags.Error(path, it->value.pos,
                  Say("'body' moet Markdown-tekst zijn, gevonden: ", "'body' must be Markdown text, found ") +
                      DescribeType(it->value),
                  Say("schrijf de tekst als 'body: |' met de regels eronder ingesprongen",
                      "write the text as 'body: |' with its lines indented below"));
      return false;
    }
    entry.body = it->value.scalar;
    const Position at = it->value.pos;
    if (IsBlockScalarAt(rest, at)) {
      // A block scalar ('|' or '>') starts on the next line, indented; positions map one to one.
      entry.body_line = at.line + 1;
      entry.body_indent = IndentOfLine(rest, at.line + 1);
    } else {
      // A quoted or plain string folds lines: only the line of `body` can be named.
      entry.body_line = at.line;
      entry.body_exact = false;
    }
    entry.fields.entries.erase(it);
    break;
  }
  return true;
}

}  // namespace leernet
