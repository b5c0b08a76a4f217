#include "schema/schema.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace leernet {

const FieldSpec* FieldSpec::FindField(const std::string& field_name) const {
  for (const FieldSpec& f : fields) {
    if (f.name == field_name) return &f;
  }
  return nullptr;
}

const FieldSpec& FieldSpec::Leaf() const {
  return type == FieldType::kList && !item.empty() ? item.front().Leaf() : *this;
}

const FieldSpec* KindSpec::FindField(const std::string& field_name) const {
  for (const FieldSpec& f : fields) {
    if (f.name == field_name) return &f;
  }
  return nullptr;
}

bool KindSpec::IsCommon(const std::string& field_name) const {
  for (size_t i = 0; i < common_count && i < fields.size(); ++i) {
    if (fields[i].name == field_name) return true;
  }
  return false;
}

std::vector<std::string> KindSpec::FieldNames() const {
  std::vector<std::string> out;
  for (const FieldSpec& f : fields) out.push_back(f.name);
  return out;
}

const KindSpec* Schema::FindKind(const std::string& name) const {
  for (const KindSpec& k : kinds) {
    if (k.name == name) return &k;
  }
  return nullptr;
}

const KindSpec* Schema::FindKindByFolder(const std::string& folder) const {
  for (const KindSpec& k : kinds) {
    if (k.folder == folder) return &k;
  }
  return nullptr;
}

std::vector<std::string> Schema::KindNames() const {
  std::vector<std::string> out;
  for (const KindSpec& k : kinds) out.push_back(k.name);
  return out;
}

const char* FieldTypeName(FieldType type) {
  switch (type) {
    case FieldType::kString:
      return "string";
    case FieldType::kMarkdown:
      return "markdown";
    case FieldType::kInt:
      return "int";
    case FieldType::kYear:
      return "year";
    case FieldType::kDate:
      return "date";
    case FieldType::kUrl:
      return "url";
    case FieldType::kBool:
      return "bool";
    case FieldType::kEnum:
      return "enum";
    case FieldType::kRef:
      return "ref";
    case FieldType::kList:
      return "list";
    case FieldType::kObject:
      return "object";
  }
  return "string";
}

namespace {

const std::vector<std::string> kTypeNames = {"string", "markdown", "int", "year", "date",  "url",
                                             "bool",   "enum",     "ref", "list", "object"};
const std::vector<std::string> kSpecKeys = {"type",  "of",     "kind",  "values", "fields", "required",
                                            "facet", "intern", "boost", "label",  "help",   "backlabel"};
const std::vector<std::string> kKindKeys = {"folder", "label", "plural", "intro", "fields"};

class SchemaReader {
 public:
  SchemaReader(const std::string& path, Diagnostics& diags) : path_(path), diags_(diags) {}

  Schema Read(const Value& doc) {
    Schema schema;
    if (!doc.IsMap()) {
      diags_.Error(path_, doc.pos,
                   Say("het schema moet een groep velden zijn met 'common' en 'kinds'",
                       "the schema must be a map with 'common' and 'kinds'"));
      return schema;
    }
    std::vector<FieldSpec> common;
    for (const MapEntry& e : doc.entries) {
      if (e.key == "common") {
        common = ReadFields(e.value, "common");
      } else if (e.key != "kinds") {
        diags_.Error(path_, e.key_pos,
                     Say("onbekende schemasleutel '{0}'", "unknown schema key '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, {"common", "kinds"}),
                     Say("gebruik alleen 'common' en 'kinds'", "use only 'common' and 'kinds'"));
      }
    }
    const Value* kinds = doc.Find("kinds");
    if (!kinds || !kinds->IsMap()) {
      diags_.Error(
          path_, doc.pos, Say("het schema heeft geen groep 'kinds'", "the schema has no 'kinds' map"),
          Say("zet onder 'kinds' een groep met een item per soort", "add a 'kinds' map with an entry for each kind"));
      return schema;
    }
    std::set<std::string> folders;
    for (const MapEntry& k : kinds->entries) {
      KindSpec kind = ReadKind(k, common);
      if (!IsValidSlug(kind.name)) {
        diags_.Error(path_, k.key_pos,
                     Say("de naam van soort '{0}' mag alleen kleine letters, cijfers en koppeltekens bevatten",
                         "kind name '{0}' must be lowercase letters, digits and hyphens", {k.key}));
      }
      if (!folders.insert(kind.folder).second) {
        diags_.Error(
            path_, k.key_pos,
            Say("map '{0}' wordt door twee soorten gebruikt", "folder '{0}' is used by two kinds", {kind.folder}),
            Say("geef elke soort een eigen 'folder'", "give each kind its own 'folder'"));
      }
      schema.kinds.push_back(std::move(kind));
    }
    CheckRefs(schema, *kinds);
    return schema;
  }

 private:
  KindSpec ReadKind(const MapEntry& entry, const std::vector<FieldSpec>& common) {
    KindSpec kind;
    kind.name = entry.key;
    kind.folder = entry.key;
    kind.label = entry.key;
    kind.plural = entry.key;
    kind.fields = common;
    kind.common_count = common.size();
    if (!entry.value.IsMap()) {
      diags_.Error(path_, entry.value.pos,
                   Say("soort '{0}' moet een groep velden zijn", "kind '{0}' must be a map", {entry.key}),
                   Say("zet de instellingen van de soort ingesprongen onder de naam",
                       "indent the kind's settings under its name"));
      return kind;
    }
    for (const MapEntry& e : entry.value.entries) {
      if (e.key == "folder")
        kind.folder = Text(e.value);
      else if (e.key == "label")
        kind.label = Text(e.value);
      else if (e.key == "plural")
        kind.plural = Text(e.value);
      else if (e.key == "intro")
        kind.intro = Text(e.value);
      else if (e.key == "fields") {
        for (FieldSpec& f : ReadFields(e.value, entry.key)) {
          if (kind.FindField(f.name)) {
            diags_.Error(
                path_, e.value.pos,
                Say("veld '{0}' is al een gemeenschappelijk veld", "field '{0}' is already a common field", {f.name}),
                Say("haal het veld hier weg of geef het een andere naam",
                    "remove the field here or give it another name"));
            continue;
          }
          kind.fields.push_back(std::move(f));
        }
      } else {
        diags_.Error(path_, e.key_pos,
                     Say("onbekende instelling '{0}' voor een soort", "unknown kind setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, kKindKeys),
                     Say("mogelijke instellingen: {0}", "possible settings: {0}", {JoinNames(kKindKeys)}));
      }
    }
    return kind;
  }

  std::vector<FieldSpec> ReadFields(const Value& v, const std::string& owner) {
    std::vector<FieldSpec> out;
    if (v.IsNull()) return out;
    if (!v.IsMap()) {
      diags_.Error(
          path_, v.pos,
          Say("de velden van '{0}' moeten een groep zijn, met een veld per regel", "the fields of '{0}' must be a map", {owner}),
          Say("zet elk veld op een eigen regel als 'naam: {type: ...}'",
              "put each field on its own line as 'name: {type: ...}'"));
      return out;
    }
    for (const MapEntry& e : v.entries) {
      FieldSpec spec = ReadSpec(e.value, e.key);
      spec.name = e.key;
      if (spec.label.empty()) spec.label = e.key;
      out.push_back(std::move(spec));
    }
    return out;
  }

  FieldSpec ReadSpec(const Value& v, const std::string& name) {
    FieldSpec spec;
    spec.name = name;
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos,
                   Say("veld '{0}' moet een groep velden zijn met ten minste 'type'",
                       "field '{0}' must be a map with at least 'type'", {name}));
      return spec;
    }
    for (const MapEntry& e : v.entries) {
      if (std::find(kSpecKeys.begin(), kSpecKeys.end(), e.key) == kSpecKeys.end()) {
        diags_.Error(path_, e.key_pos,
                     Say("onbekende veldinstelling '{0}'", "unknown field setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, kSpecKeys),
                     Say("mogelijke instellingen: {0}", "possible settings: {0}", {JoinNames(kSpecKeys)}));
      }
    }
    const Value* type = v.Find("type");
    std::string type_name = type ? Text(*type) : "";
    auto it = std::find(kTypeNames.begin(), kTypeNames.end(), type_name);
    if (it == kTypeNames.end()) {
      diags_.Error(
          path_, type ? type->pos : v.pos,
          Say("veld '{0}' heeft een onbekend type '{1}'", "field '{0}' has unknown type '{1}'", {name, type_name}) +
              DidYouMeanSuffix(type_name, kTypeNames),
          Say("mogelijke types: {0}", "possible types: {0}", {JoinNames(kTypeNames)}));
    } else {
      spec.type = static_cast<FieldType>(it - kTypeNames.begin());
    }
    spec.required = Flag(v, "required");
    spec.facet = Flag(v, "facet");
    spec.internal = Flag(v, "intern");
    if (spec.internal && spec.facet) {
      // A facet is shown as a filter with its values on list pages and the map, which an
      // internal field must never reach.
      diags_.Error(path_, v.Find("intern")->pos,
                   Say("veld '{0}' kan niet zowel intern als facet zijn: facetten staan op lijstpagina's",
                       "field '{0}' cannot be both intern and a facet: facets are shown on list pages", {name}),
                   Say("haal 'intern: true' of 'facet: true' weg", "remove 'intern: true' or 'facet: true'"));
    }
    if (const Value* b = v.Find("boost")) {
      try {
        spec.boost = std::stod(Text(*b));
      } catch (...) {
        diags_.Error(path_, b->pos, Say("boost moet een getal zijn", "boost must be a number"),
                     Say("bijvoorbeeld 'boost: 2'", "for example 'boost: 2'"));
      }
    }
    if (const Value* l = v.Find("label")) spec.label = Text(*l);
    if (const Value* h = v.Find("help")) spec.help = Text(*h);
    if (const Value* b = v.Find("backlabel")) spec.backlabel = Text(*b);
    if (spec.type == FieldType::kEnum) {
      const Value* values = v.Find("values");
      if (!values || !values->IsList() || values->items.empty()) {
        diags_.Error(
            path_, v.pos,
            Say("enum-veld '{0}' heeft een lijst 'values' nodig", "enum field '{0}' needs a list of 'values'", {name}),
            Say("bijvoorbeeld 'values: [ja, nee]'", "for example 'values: [yes, no]'"));
      } else {
        for (const Value& item : values->items) spec.values.push_back(Text(item));
      }
    }
    if (spec.type == FieldType::kRef) {
      const Value* kind = v.Find("kind");
      if (!kind)
        diags_.Error(path_, v.pos,
                     Say("ref-veld '{0}' heeft een 'kind' nodig", "ref field '{0}' needs a 'kind'", {name}),
                     Say("noem met 'kind' de soort waarnaar het veld verwijst",
                         "name with 'kind' the kind the field refers to"));
      else {
        spec.ref_kind = Text(*kind);
        ref_positions_.push_back({spec.ref_kind, kind->pos});
      }
    }
    if (spec.type == FieldType::kList) {
      const Value* of = v.Find("of");
      if (!of)
        diags_.Error(path_, v.pos,
                     Say("lijstveld '{0}' heeft 'of' nodig (het type van elk item)",
                         "list field '{0}' needs 'of' (the type of each item)", {name}),
                     Say("bijvoorbeeld 'of: {type: text}'", "for example 'of: {type: text}'"));
      else
        spec.item.push_back(ReadSpec(*of, name));
    }
    if (spec.type == FieldType::kObject) {
      const Value* fields = v.Find("fields");
      if (!fields)
        diags_.Error(path_, v.pos,
                     Say("objectveld '{0}' heeft 'fields' nodig", "object field '{0}' needs 'fields'", {name}),
                     Say("zet onder 'fields' de velden van het object", "list the object's fields under 'fields'"));
      else
        spec.fields = ReadFields(*fields, name);
    }
    return spec;
  }

  void CheckRefs(const Schema& schema, const Value&) {
    for (const auto& [kind, pos] : ref_positions_) {
      if (!schema.FindKind(kind)) {
        diags_.Error(
            path_, pos,
            Say("onbekende soort '{0}'", "unknown kind '{0}'", {kind}) + DidYouMeanSuffix(kind, schema.KindNames()),
            Say("soorten: {0}", "kinds: {0}", {JoinNames(schema.KindNames())}));
      }
    }
  }

  bool Flag(const Value& v, const std::string& key) {
    const Value* f = v.Find(key);
    if (!f) return false;
    if (f->scalar == "true") return true;
    if (f->scalar != "false")
      diags_.Error(path_, f->pos, Say("'{0}' moet true of false zijn", "'{0}' must be true or false", {key}));
    return false;
  }

  std::string Text(const Value& v) {
    if (!v.IsScalar()) {
      const Message found = DescribeType(v);
      diags_.Error(path_, v.pos,
                   Message{"tekst verwacht, maar " + found.nl + " gevonden", "expected text, found " + found.en});
      return "";
    }
    return v.scalar;
  }

  const std::string& path_;
  Diagnostics& diags_;
  std::vector<std::pair<std::string, Position>> ref_positions_;
};

}  // namespace

Schema ParseSchema(const Value& doc, const std::string& path, Diagnostics& diags) {
  return SchemaReader(path, diags).Read(doc);
}

}  // namespace leernet
