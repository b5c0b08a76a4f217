#include "validate/validator.h"

#include <map>
#include <set>

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
  Validator(const Schema& schema, const LoadedContent& content, Diagnostics& diags)
      : schema_(schema), diags_(diags) {
    for (const SourceEntry& e : content.entries) slugs_[e.kind].push_back(e.slug);
    for (auto& [kind, list] : slugs_) known_[kind] = std::set<std::string>(list.begin(), list.end());
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
        diags_.Error(source.path, e.key_pos, "YAML merge keys ('<<') are not supported: write the fields out");
        continue;
      }
      if (!kind->FindField(e.key)) {
        diags_.Error(source.path, e.key_pos,
                     "unknown field '" + e.key + "' for kind " + kind->name +
                         DidYouMeanSuffix(e.key, kind->FieldNames()));
        continue;
      }
      given[e.key] = &e;
    }
    for (const FieldSpec& spec : kind->fields) {
      auto it = given.find(spec.name);
      if (it == given.end() || it->second->value.IsNull()) {
        if (spec.required) {
          Position pos = it == given.end() ? Position{1, 1} : it->second->key_pos;
          diags_.Error(source.path, pos,
                       it == given.end() ? "missing required field '" + spec.name + "' for kind " + kind->name
                                         : "required field '" + spec.name + "' is empty");
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
    if (!v.IsScalar()) {
      Fail(v, "field '" + spec.name + "' expects " + Expected(spec) + ", found " + DescribeType(v));
      return false;
    }
    out.text = v.scalar;
    std::string problem = CheckScalar(spec, v.scalar, v.quoted);
    if (!problem.empty()) {
      Fail(v, problem);
      return false;
    }
    if (spec.type == FieldType::kRef) return CheckRef(spec, v);
    return true;
  }

  bool CheckList(const FieldSpec& spec, const Value& v, FieldValue& out) {
    if (!v.IsList()) {
      Fail(v, "field '" + spec.name + "' expects a list, found " + DescribeType(v) +
                  (v.IsScalar() ? " (write [" + v.scalar + "] for a list of one)" : ""));
      return false;
    }
    bool ok = true;
    for (const Value& item : v.items) {
      FieldValue child;
      if (item.IsNull()) {
        Fail(item, "empty item in list '" + spec.name + "'");
        ok = false;
        continue;
      }
      if (CheckValue(spec.item.front(), item, child)) out.items.push_back(std::move(child));
      else ok = false;
    }
    return ok;
  }

  bool CheckObject(const FieldSpec& spec, const Value& v, FieldValue& out) {
    if (!v.IsMap()) {
      Fail(v, "field '" + spec.name + "' expects a map of " + FieldList(spec) + ", found " + DescribeType(v));
      return false;
    }
    bool ok = true;
    std::vector<std::string> names;
    for (const FieldSpec& f : spec.fields) names.push_back(f.name);
    for (const MapEntry& e : v.entries) {
      if (!spec.FindField(e.key)) {
        diags_.Error(*path_, e.key_pos, "unknown field '" + e.key + "' in '" + spec.name + "'" +
                                            DidYouMeanSuffix(e.key, names));
        ok = false;
      }
    }
    for (const FieldSpec& f : spec.fields) {
      const Value* child = v.Find(f.name);
      if (!child || child->IsNull()) {
        if (f.required) {
          Fail(v, "'" + spec.name + "' is missing required field '" + f.name + "'");
          ok = false;
        }
        continue;
      }
      FieldValue value;
      if (CheckValue(f, *child, value)) out.fields.emplace_back(f.name, std::move(value));
      else ok = false;
    }
    return ok;
  }

  bool CheckRef(const FieldSpec& spec, const Value& v) {
    auto it = known_.find(spec.ref_kind);
    if (it != known_.end() && it->second.count(v.scalar)) return true;
    static const std::vector<std::string> kNone;
    auto slugs = slugs_.find(spec.ref_kind);
    std::string other;
    for (const auto& [kind, set] : known_) {
      if (kind != spec.ref_kind && set.count(v.scalar)) other = kind;
    }
    if (!other.empty()) {
      Fail(v, "unknown " + spec.ref_kind + " '" + v.scalar + "': that is a " + other + ", and field '" + spec.name +
                  "' takes a " + spec.ref_kind);
      return false;
    }
    Fail(v, "unknown " + spec.ref_kind + " '" + v.scalar + "'" +
                DidYouMeanSuffix(v.scalar, slugs == slugs_.end() ? kNone : slugs->second));
    return false;
  }

  void Fail(const Value& v, const std::string& message) { diags_.Error(*path_, v.pos, message); }

  const Schema& schema_;
  Diagnostics& diags_;
  const std::string* path_ = nullptr;
  std::map<std::string, std::vector<std::string>> slugs_;
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
