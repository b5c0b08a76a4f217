#include "site/site_model.h"

#include <algorithm>
#include <set>

#include "base/json_text.h"

namespace leernet {

std::string EntryUrl(const KindSpec& kind, const std::string& slug) {
  return kind.folder + "/" + slug + "/index.html";
}

long SiteModel::Find(const std::string& kind, const std::string& slug) const {
  auto it = by_kind_slug.find({kind, slug});
  return it == by_kind_slug.end() ? -1 : static_cast<long>(it->second);
}

std::string SiteModel::UrlOf(size_t entry) const {
  const Entry& e = entries[entry];
  return EntryUrl(*schema->FindKind(e.kind), e.slug);
}

std::string SiteModel::KindUrl(const std::string& kind) const {
  return schema->FindKind(kind)->folder + "/index.html";
}

const std::vector<size_t>& SiteModel::EntriesOfKind(const std::string& kind) const {
  static const std::vector<size_t> kNone;
  auto it = kind_entries.find(kind);
  return it == kind_entries.end() ? kNone : it->second;
}

const std::vector<Facet>& SiteModel::FacetsOf(const std::string& kind) const {
  static const std::vector<Facet> kNone;
  auto it = kind_facets.find(kind);
  return it == kind_facets.end() ? kNone : it->second;
}

namespace {

// Entries of a kind by `volgorde` when present, then by title.
std::vector<size_t> SortedEntriesOfKind(const SiteModel& model, const std::string& kind) {
  const std::vector<Entry>& entries = model.entries;
  std::vector<size_t> out;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].kind == kind) out.push_back(i);
  }
  auto order = [&](size_t i) {
    const FieldValue* v = entries[i].Find("volgorde");
    return v ? std::stol(v->text) : 0L;
  };
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    long oa = order(a), ob = order(b);
    if (oa != ob) return oa < ob;
    return entries[a].title < entries[b].title;
  });
  return out;
}

}  // namespace

std::string EnumLabel(const std::string& value) {
  std::string out = value;
  for (char& c : out) {
    if (c == '-') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string SiteModel::LabelOf(const FieldValue& value) const {
  if (value.spec && value.spec->type == FieldType::kRef) {
    long target = Find(value.spec->ref_kind, value.text);
    if (target >= 0) return entries[target].title;
  }
  if (value.spec && value.spec->type == FieldType::kEnum) return EnumLabel(value.text);
  return value.text;
}

std::vector<std::string> SiteModel::ValuesOf(size_t entry, const std::string& field) const {
  std::vector<std::string> out;
  const FieldValue* v = entries[entry].Find(field);
  if (!v) return out;
  if (v->spec->type == FieldType::kList) {
    for (const FieldValue& item : v->items) {
      if (item.items.empty() && item.fields.empty()) out.push_back(item.text);
    }
  } else if (v->spec->type != FieldType::kObject) {
    out.push_back(v->text);
  }
  return out;
}

namespace {

std::vector<Facet> ComputeFacets(const SiteModel& model, const std::string& kind_name) {
  std::vector<Facet> out;
  const KindSpec* kind = model.schema->FindKind(kind_name);
  const std::vector<size_t>& members = model.EntriesOfKind(kind_name);
  for (const FieldSpec& spec : kind->fields) {
    if (!spec.facet) continue;
    const FieldSpec& leaf = spec.Leaf();
    Facet facet{spec.name, spec.label, {}};
    std::map<std::string, int> counts;
    for (size_t i : members) {
      for (const std::string& v : model.ValuesOf(i, spec.name)) ++counts[v];
    }
    std::vector<std::pair<std::string, std::string>> universe;  // value, label in display order
    if (leaf.type == FieldType::kRef) {
      for (size_t i : model.EntriesOfKind(leaf.ref_kind)) {
        universe.emplace_back(model.entries[i].slug, model.entries[i].title);
      }
    } else if (leaf.type == FieldType::kEnum) {
      for (const std::string& v : leaf.values) universe.emplace_back(v, EnumLabel(v));
    } else {
      for (const auto& [v, n] : counts) universe.emplace_back(v, v);
    }
    for (const auto& [value, label] : universe) {
      auto it = counts.find(value);
      if (it != counts.end()) facet.values.push_back({value, label, it->second});
    }
    if (!facet.values.empty()) out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace

std::string SiteModel::FacetJson(size_t entry) const {
  const KindSpec* kind = schema->FindKind(entries[entry].kind);
  std::string out = "{";
  for (const FieldSpec& spec : kind->fields) {
    if (!spec.facet) continue;
    std::vector<std::string> values = ValuesOf(entry, spec.name);
    if (values.empty()) continue;
    if (out.size() > 1) out += ',';
    out += JsonString(spec.name) + ":" + JsonStringArray(values);
  }
  return out + "}";
}

namespace {

void CollectRefs(const FieldValue& v, std::vector<const FieldValue*>& out) {
  if (v.spec->type == FieldType::kRef) out.push_back(&v);
  for (const FieldValue& item : v.items) CollectRefs(item, out);
  for (const auto& [name, child] : v.fields) CollectRefs(child, out);
}

}  // namespace

SiteModel BuildSiteModel(std::vector<Entry> entries, std::vector<RenderedMarkdown> bodies,
                         const Schema& schema, const SiteConfig& config) {
  SiteModel model;
  model.schema = &schema;
  model.config = &config;
  model.entries = std::move(entries);
  model.bodies = std::move(bodies);
  for (size_t i = 0; i < model.entries.size(); ++i) {
    model.by_kind_slug[{model.entries[i].kind, model.entries[i].slug}] = i;
  }
  // Computed once here: the model is read-only afterwards and read from several threads.
  for (const KindSpec& kind : schema.kinds) model.kind_entries[kind.name] = SortedEntriesOfKind(model, kind.name);
  for (const KindSpec& kind : schema.kinds) model.kind_facets[kind.name] = ComputeFacets(model, kind.name);
  model.backrefs.resize(model.entries.size());
  for (size_t i = 0; i < model.entries.size(); ++i) {
    const Entry& source = model.entries[i];
    const KindSpec* kind = schema.FindKind(source.kind);
    for (const auto& named : source.fields) {
      // Named, not a structured binding: lambdas below capture it (clang before 16 cannot).
      const std::string& field = named.first;
      std::vector<const FieldValue*> refs;
      CollectRefs(named.second, refs);
      std::set<size_t> seen;
      for (const FieldValue* ref : refs) {
        long target = model.Find(ref->spec->ref_kind, ref->text);
        if (target < 0 || !seen.insert(static_cast<size_t>(target)).second) continue;
        std::vector<BackrefGroup>& groups = model.backrefs[target];
        auto group = std::find_if(groups.begin(), groups.end(), [&](const BackrefGroup& g) {
          return g.source_kind == source.kind && g.field == field;
        });
        if (group == groups.end()) {
          const FieldSpec* spec = kind->FindField(field);
          std::string label = spec->backlabel.empty() ? kind->plural + " (" + spec->label + ")" : spec->backlabel;
          groups.push_back({label, source.kind, field, {}});
          group = groups.end() - 1;
        }
        group->entries.push_back(i);
      }
    }
  }
  // A common field such as `bronnen` gives one group per referring kind under one backlabel.
  for (std::vector<BackrefGroup>& groups : model.backrefs) {
    for (BackrefGroup& g : groups) {
      int same = static_cast<int>(std::count_if(groups.begin(), groups.end(),
                                                [&](const BackrefGroup& o) { return o.label == g.label; }));
      if (same > 1) g.label += ": " + schema.FindKind(g.source_kind)->plural;
    }
  }
  return model;
}

}  // namespace leernet
