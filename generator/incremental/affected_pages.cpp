#include "incremental/affected_pages.h"

namespace leernet::incremental {

namespace {

void AddTargets(const SiteModel& model, const FieldValue& v, std::set<size_t>& out) {
  if (v.spec && v.spec->type == FieldType::kRef) {
    long target = model.Find(v.spec->ref_kind, v.text);
    if (target >= 0) out.insert(static_cast<size_t>(target));
  }
  for (const FieldValue& item : v.items) AddTargets(model, item, out);
  for (const auto& [name, child] : v.fields) AddTargets(model, child, out);
}

void AddReferrers(const SiteModel& model, size_t entry, std::set<size_t>& out) {
  for (const BackrefGroup& group : model.backrefs[entry]) out.insert(group.entries.begin(), group.entries.end());
}

// Equal as pages show them: positions in the file do not count.
bool SameValue(const FieldValue& a, const FieldValue& b) {
  if (a.spec != b.spec || a.text != b.text || a.items.size() != b.items.size() || a.fields.size() != b.fields.size()) {
    return false;
  }
  for (size_t i = 0; i < a.items.size(); ++i) {
    if (!SameValue(a.items[i], b.items[i])) return false;
  }
  for (size_t i = 0; i < a.fields.size(); ++i) {
    if (a.fields[i].first != b.fields[i].first || !SameValue(a.fields[i].second, b.fields[i].second)) return false;
  }
  return true;
}

}  // namespace

bool OnlyBodiesChanged(const SiteModel& before, const SiteModel& after, const std::vector<size_t>& changed) {
  for (size_t c : changed) {
    const Entry& a = before.entries[c];
    const Entry& b = after.entries[c];
    if (a.title != b.title || a.summary != b.summary || a.fields.size() != b.fields.size()) return false;
    for (size_t i = 0; i < a.fields.size(); ++i) {
      if (a.fields[i].first != b.fields[i].first || !SameValue(a.fields[i].second, b.fields[i].second)) return false;
    }
  }
  return true;
}

std::set<size_t> AffectedEntries(const SiteModel& before, const SiteModel& after, const std::vector<size_t>& changed) {
  std::set<size_t> out;
  for (size_t c : changed) {
    out.insert(c);
    for (const SiteModel* model : {&before, &after}) {
      for (const auto& [name, value] : model->entries[c].fields) AddTargets(*model, value, out);
    }
    if (before.entries[c].title != after.entries[c].title) {
      AddReferrers(before, c, out);
      AddReferrers(after, c, out);
    }
  }
  return out;
}

}  // namespace leernet::incremental
