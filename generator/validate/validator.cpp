#include "validate/validator.h"

#include <map>
#include <set>
#include <utility>

#include "validate/scalar_checks.h"

namespace leernet {

const FieldValue* Entry::Find(const std::string& name) const {
  for (const auto& [key, value] : fields) {
    if (key == name) return &value;
  }
  return nullptr;
}

namespace {

class Validator {
 public:
  Validator(const Schema& schema, const LoadedContent& content, Diagnostics& diags) : schema_(schema), diags_(diags) {
    for (const SourceEntry& e : content.entries) slugs_[e.kind].push_back(e.slug);
    for (auto& [kind, list] : slugs_) known_[kind] = std::set<std::string>(list.begin(), list.end());
    for (const SourceEntry& e : content.unreadable) unreadable_[e.kind].insert(e.slug);
  }

  Entry Check(const SourceEntry& source) {
    const KindSpec* kind = schema_.FindKind(source.kind);
    path_ = &source.path;
    Entry entry;
    entry.kind = source.kind;
    entry.slug = source.slug;
    entry.path = source.path;
    entry.rel_path = source.rel_path;
    entry.body = source.body;
    entry.body_line = source.body_line;
    entry.body_indent = source.body_indent;
    entry.body_exact = source.body_exact;
    std::map<std::string, const MapEntry*> given;
    for (const MapEntry& e : source.fields.entries) {
      if (e.key == "<<") {
        diags_.Error(source.path, e.key_pos,
                     Say("YAML-samenvoegsleutels ('<<') worden niet ondersteund: schrijf de velden uit",
                         "YAML merge keys ('<<') are not supported: write the fields out"));
        continue;
      }
      if (!kind->FindField(e.key)) {
        Message suffix = DidYouMeanSuffix(e.key, kind->FieldNames());
        diags_.Error(
            source.path, e.key_pos,
            Say("onbekend veld '{0}' voor soort {1}", "unknown field '{0}' for kind {1}", {e.key, kind->name}) + suffix,
            suffix.empty() ? Say("haal het veld weg, of kijk in schema.yaml welke velden soort {0} kent",
                                 "remove the field, or see schema.yaml for the fields of kind {0}", {kind->name})
                           : Message{});
        continue;
      }
      given[e.key] = &e;
    }
    for (const FieldSpec& spec : kind->fields) {
      auto it = given.find(spec.name);
      // `titel: ""` or `titel: "  "` says nothing either: for a required field it counts as empty.
      bool blank = it != given.end() && it->second->value.IsScalar() &&
                   it->second->value.scalar.find_first_not_of(" \t") == std::string::npos;
      if (it == given.end() || it->second->value.IsNull() || (blank && spec.required)) {
        if (spec.required) {
          if (it == given.end()) {
            diags_.Error(
                source.path, {1, 1},
                Say("verplicht veld '{0}' ontbreekt voor soort {1}", "missing required field '{0}' for kind {1}",
                    {spec.name, kind->name}),
                Say("voeg '{0}: …' toe tussen de regels '---'", "add '{0}: …' between the '---' lines", {spec.name}));
          } else {
            diags_.Error(source.path, it->second->key_pos,
                         Say("verplicht veld '{0}' is leeg", "required field '{0}' is empty", {spec.name}),
                         Say("vul een waarde in achter '{0}:'", "fill in a value after '{0}:'", {spec.name}));
          }
        }
        continue;
      }
      FieldValue value;
      if (CheckValue(spec, it->second->value, value)) entry.fields.emplace_back(spec.name, std::move(value));
    }
    if (const FieldValue* t = entry.Find("titel")) entry.title = t->text;
    if (const FieldValue* s = entry.Find("samenvatting")) entry.summary = s->text;
    if (entry.title.empty()) entry.title = entry.slug;
    return entry;
  }

 private:
  bool CheckValue(const FieldSpec& spec, const Value& v, FieldValue& out) {
    out.spec = &spec;
    out.pos = v.pos;
    switch (spec.type) {
      case FieldType::kList:
        return CheckList(spec, v, out);
      case FieldType::kObject:
        return CheckObject(spec, v, out);
      default:
        break;
    }
    if (v.IsScalar() && v.scalar.rfind(kFillInMarker, 0) == 0) {
      diags_.Error(*path_, v.pos,
                   Say("veld '{0}' is nog niet ingevuld", "field '{0}' is not filled in yet", {spec.name}),
                   Say("vervang \"{0}\" door de echte waarde", "replace \"{0}\" with the real value", {v.scalar}));
      return false;
    }
    if (!v.IsScalar()) {
      Fail(v, Say("veld '{0}' verwacht ", "field '{0}' expects ", {spec.name}) + Expected(spec) +
                  Say(", gevonden: ", ", found ") + DescribeType(v));
      return false;
    }
    out.text = v.scalar;
    Message problem = CheckScalar(spec, v.scalar, v.quoted);
    if (!problem.empty()) {
      // "12" or "true" between quotes is text to YAML, though it looks right to an editor.
      bool quotes_only = v.quoted && CheckScalar(spec, v.scalar, false).empty();
      Fail(v, problem,
           quotes_only
               ? Say("haal de aanhalingstekens weg: {0}: {1}", "remove the quotes: {0}: {1}", {spec.name, v.scalar})
               : Message{});
      return false;
    }
    if (spec.type == FieldType::kRef) return CheckRef(spec, v);
    return true;
  }

  bool CheckList(const FieldSpec& spec, const Value& v, FieldValue& out) {
    if (!v.IsList()) {
      Message message =
          Say("veld '{0}' verwacht een lijst, gevonden: ", "field '{0}' expects a list, found ", {spec.name}) +
          DescribeType(v);
      if (v.IsScalar()) {
        message =
            message + Say(" (schrijf [{0}] voor een lijst van één)", " (write [{0}] for a list of one)", {v.scalar});
      }
      Fail(v, message);
      return false;
    }
    bool ok = true;
    for (const Value& item : v.items) {
      FieldValue child;
      if (item.IsNull()) {
        Fail(item, Say("leeg item in lijst '{0}'", "empty item in list '{0}'", {spec.name}),
             Say("vul het item in, of haal de regel met alleen '-' weg",
                 "fill in the item, or remove the line with only '-'"));
        ok = false;
        continue;
      }
      if (CheckValue(spec.item.front(), item, child))
        out.items.push_back(std::move(child));
      else
        ok = false;
    }
    return ok;
  }

  bool CheckObject(const FieldSpec& spec, const Value& v, FieldValue& out) {
    if (!v.IsMap()) {
      Fail(v, Say("veld '{0}' verwacht een groep velden met {1}, gevonden: ",
                  "field '{0}' expects a map of {1}, found ", {spec.name, FieldList(spec)}) +
                  DescribeType(v));
      return false;
    }
    bool ok = true;
    std::vector<std::string> names;
    for (const FieldSpec& f : spec.fields) names.push_back(f.name);
    for (const MapEntry& e : v.entries) {
      if (!spec.FindField(e.key)) {
        Message suffix = DidYouMeanSuffix(e.key, names);
        diags_.Error(*path_, e.key_pos,
                     Say("onbekend veld '{0}' in '{1}'", "unknown field '{0}' in '{1}'", {e.key, spec.name}) + suffix,
                     suffix.empty() ? Say("'{0}' kent alleen: {1}", "'{0}' only has: {1}", {spec.name, FieldList(spec)})
                                    : Message{});
        ok = false;
      }
    }
    for (const FieldSpec& f : spec.fields) {
      const Value* child = v.Find(f.name);
      if (!child || child->IsNull()) {
        if (f.required) {
          Fail(v,
               Say("bij '{0}' ontbreekt verplicht veld '{1}'", "'{0}' is missing required field '{1}'",
                   {spec.name, f.name}),
               Say("voeg '{0}: …' toe onder '{1}'", "add '{0}: …' under '{1}'", {f.name, spec.name}));
          ok = false;
        }
        continue;
      }
      FieldValue value;
      if (CheckValue(f, *child, value))
        out.fields.emplace_back(f.name, std::move(value));
      else
        ok = false;
    }
    return ok;
  }

  bool CheckRef(const FieldSpec& spec, const Value& v) {
    auto it = known_.find(spec.ref_kind);
    if (it != known_.end() && it->second.count(v.scalar)) return true;
    // The target's own file failed and says so; the reference is left out without a message.
    auto broken = unreadable_.find(spec.ref_kind);
    if (broken != unreadable_.end() && broken->second.count(v.scalar)) return false;
    static const std::vector<std::string> kNone;
    auto slugs = slugs_.find(spec.ref_kind);
    std::string other;
    for (const auto& [kind, set] : known_) {
      if (kind != spec.ref_kind && set.count(v.scalar)) other = kind;
    }
    if (!other.empty()) {
      Fail(v, Say("{0} '{1}' bestaat niet: dat is een {2}, en veld '{3}' verwijst naar een {0}",
                  "unknown {0} '{1}': that is a {2}, and field '{3}' takes a {0}",
                  {spec.ref_kind, v.scalar, other, spec.name}));
      return false;
    }
    Message suffix = DidYouMeanSuffix(v.scalar, slugs == slugs_.end() ? kNone : slugs->second);
    Fail(v, Say("{0} '{1}' bestaat niet", "unknown {0} '{1}'", {spec.ref_kind, v.scalar}) + suffix,
         suffix.empty() ? Say("gebruik de bestandsnaam (zonder .md of .yaml) van een {0}",
                              "use the file name (without .md or .yaml) of a {0}", {spec.ref_kind})
                        : Message{});
    return false;
  }

  void Fail(const Value& v, Message message, Message hint = {}) {
    diags_.Error(*path_, v.pos, std::move(message), std::move(hint));
  }

  const Schema& schema_;
  Diagnostics& diags_;
  const std::string* path_ = nullptr;
  std::map<std::string, std::vector<std::string>> slugs_;
  std::map<std::string, std::set<std::string>> unreadable_;
  std::map<std::string, std::set<std::string>> known_;
};

}  // namespace

std::vector<Entry> ValidateEntries(const LoadedContent& content, const Schema& schema, Diagnostics& diags) {
  Validator validator(schema, content, diags);
  std::vector<Entry> out;
  out.reserve(content.entries.size());
  for (const SourceEntry& source : content.entries) {
    out.push_back(validator.Check(source));
  }
  return out;
}

}  // namespace leernet
