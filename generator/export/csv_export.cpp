#include "export/csv_export.h"

namespace leernet {

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";
constexpr const char* kListSeparator = "; ";

struct Column {
  std::string name;               // "omvang.organisaties"
  std::vector<std::string> path;  // {"omvang", "organisaties"}
};

void AddColumns(const FieldSpec& spec, const std::string& prefix, std::vector<std::string> path,
                std::vector<Column>& out) {
  path.push_back(spec.name);
  std::string name = prefix + spec.name;
  const FieldSpec* object = nullptr;
  if (spec.type == FieldType::kObject) object = &spec;
  if (spec.type == FieldType::kList && !spec.item.empty() && spec.item.front().type == FieldType::kObject) {
    object = &spec.item.front();
  }
  if (!object) {
    out.push_back({name, path});
    return;
  }
  for (const FieldSpec& sub : object->fields) AddColumns(sub, name + ".", path, out);
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += kListSeparator;
    out += parts[i];
  }
  return out;
}

// The text of a value: scalars as written (references as slugs), lists joined.
std::string Flatten(const FieldValue& v) {
  if (v.spec && v.spec->type == FieldType::kList) {
    std::vector<std::string> parts;
    for (const FieldValue& item : v.items) parts.push_back(Flatten(item));
    return Join(parts);
  }
  return v.text;
}

const FieldValue* SubField(const FieldValue& v, const std::string& name) {
  for (const auto& [key, sub] : v.fields) {
    if (key == name) return &sub;
  }
  return nullptr;
}

// The cell of `path[depth..]` below `v`: through an object by name, through a list of objects
// item by item.
std::string Cell(const FieldValue& v, const std::vector<std::string>& path, size_t depth) {
  if (depth == path.size()) return Flatten(v);
  if (v.spec && v.spec->type == FieldType::kList) {
    std::vector<std::string> parts;
    bool any = false;
    for (const FieldValue& item : v.items) {
      const FieldValue* sub = SubField(item, path[depth]);
      parts.push_back(sub ? Cell(*sub, path, depth + 1) : "");
      any = any || !parts.back().empty();
    }
    return any ? Join(parts) : "";
  }
  const FieldValue* sub = SubField(v, path[depth]);
  return sub ? Cell(*sub, path, depth + 1) : "";
}

void AppendRow(const std::vector<std::string>& cells, std::string& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += CsvField(cells[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string KindCsv(const SiteModel& model, const std::string& kind_name) {
  const KindSpec* kind = model.schema->FindKind(kind_name);
  std::string out = kBom;
  if (!kind) return out;
  std::vector<Column> columns;
  for (const FieldSpec& spec : kind->fields) AddColumns(spec, "", {}, columns);
  std::vector<std::string> header = {"slug", "url"};
  for (const Column& c : columns) header.push_back(c.name);
  AppendRow(header, out);
  for (size_t i = 0; i < model.entries.size(); ++i) {
    const Entry& e = model.entries[i];
    if (e.kind != kind_name) continue;
    std::vector<std::string> row = {e.slug, model.UrlOf(i)};
    for (const Column& c : columns) {
      const FieldValue* v = e.Find(c.path.front());
      row.push_back(v ? Cell(*v, c.path, 1) : "");
    }
    AppendRow(row, out);
  }
  return out;
}

std::map<std::string, std::string> KindCsvFiles(const SiteModel& model) {
  std::map<std::string, std::string> out;
  for (const KindSpec& kind : model.schema->kinds) out["export/" + kind.folder + ".csv"] = KindCsv(model, kind.name);
  return out;
}

}  // namespace leernet
