#include "render/finder_data.h"

#include <algorithm>

#include "base/json_text.h"
#include "base/text.h"
#include "render/matcher_data.h"
#include "render/site_renderer.h"

namespace leernet {

namespace {

const FinderSettings& Settings(const SiteModel& model) { return model.config->finder; }

bool InGroup(const SiteModel& model, size_t i) {
  const FinderSettings& s = Settings(model);
  if (s.group_field.empty()) return false;
  std::vector<std::string> values = model.ValuesOf(i, s.group_field);
  return std::find(values.begin(), values.end(), s.group_value) != values.end();
}

// The finder's order: the kind's list order, the group's members last.
std::vector<size_t> FinderOrder(const SiteModel& model) {
  std::vector<size_t> order = model.EntriesOfKind(Settings(model).kind);
  std::stable_partition(order.begin(), order.end(), [&](size_t i) { return !InGroup(model, i); });
  return order;
}

std::vector<DisplayValue> Values(const PageContext& ctx, size_t i, const std::string& field, const std::string& root) {
  std::vector<DisplayValue> out;
  if (const FieldValue* v = ctx.model.entries[i].Find(field)) {
    if (!v->spec->internal) AppendDisplayValues(ctx, *v, root, out);
  }
  return out;
}

// {label, values} for each field of `list` the entry has a value in.
TemplateValue Facts(const PageContext& ctx, size_t i, const FieldList& list, const std::string& root) {
  const KindSpec* kind = ctx.model.schema->FindKind(ctx.model.entries[i].kind);
  TemplateValue out = TemplateValue::List();
  for (const std::string& field : list.names) {
    std::vector<DisplayValue> values = Values(ctx, i, field, root);
    if (values.empty()) continue;
    out.Push(TemplateValue().Set("label", kind->FindField(field)->label).Set("values", DisplayList(values)));
  }
  return out;
}

TemplateValue Card(const PageContext& ctx, size_t i, const std::string& root) {
  const SiteModel& model = ctx.model;
  const Entry& e = model.entries[i];
  TemplateValue contact = Facts(ctx, i, Settings(model).contact, root);
  TemplateValue card;
  card.Set("slug", e.slug)
      .Set("title", e.title)
      .Set("summary", e.summary)
      .Set("href", root + model.UrlOf(i))
      .Set("facet_json", model.FacetJson(i))
      .Set("facts", Facts(ctx, i, Settings(model).facts, root))
      .Set("has_contact", !contact.empty())
      .Set("contact", std::move(contact));
  return card;
}

// The kind's facets that the settings name as filters, in the settings' order.
TemplateValue FinderFacets(const SiteModel& model) {
  const FinderSettings& s = Settings(model);
  std::vector<Facet> chosen;
  for (const std::string& field : s.filters.names) {
    for (const Facet& f : model.FacetsOf(s.kind)) {
      if (f.field == field && !f.values.empty()) chosen.push_back(f);
    }
  }
  return FacetsData(chosen);
}

TemplateValue FinderPageData(const PageContext& ctx, const std::vector<size_t>& order) {
  const SiteModel& model = ctx.model;
  const std::string root = "../";
  TemplateValue data = SimplePageData(ctx, root, "finder_title", "Vind een netwerk");
  TemplateValue named = TemplateValue::List();
  TemplateValue group = TemplateValue::List();
  for (size_t i : order) (InGroup(model, i) ? group : named).Push(Card(ctx, i, root));
  const size_t group_count = group.items().size();
  data.Set("named", std::move(named));
  if (group_count) {
    data.Set("group", TemplateValue()
                          .Set("label", Settings(model).group_label)
                          .Set("count", std::to_string(group_count))
                          .Set("items", std::move(group)));
  }
  data.Set("facets", FinderFacets(model));
  data.Set("kind_href", root + model.KindUrl(Settings(model).kind));
  data.Set("finder_current", true);
  data.Set("page_css", "finder.css");
  return data;
}

TemplateValue ComparePageData(const PageContext& ctx, const CompareData& compare) {
  const std::string root = "../";
  TemplateValue data = SimplePageData(ctx, root, "compare_title", "Netwerken vergelijken");
  TemplateValue options = TemplateValue::List();
  for (size_t i : compare.entries) {
    options.Push(TemplateValue().Set("slug", ctx.model.entries[i].slug).Set("title", ctx.model.entries[i].title));
  }
  data.Set("options", std::move(options));
  // Three choices: side by side, more than three columns do not fit a phone.
  TemplateValue slots = TemplateValue::List();
  for (const char* n : {"1", "2", "3"}) slots.Push(TemplateValue().Set("n", n));
  data.Set("slots", std::move(slots));
  data.Set("finder_href", root + kFinderPage);
  data.Set("page_css", "finder.css");
  data.Set("data_script", "vergelijk-data.js");
  return data;
}

// "a", "b", "ab" as the kenmerk's own words.
std::string PoleText(const MatcherQuestion& q, const std::string& pole) {
  if (pole == "a") return q.pool_a;
  if (pole == "b") return q.pool_b;
  return q.pool_a + " en " + q.pool_b;
}

// One row per kenmerk: where the entry's network types stand on it.
void AddKenmerkRows(const PageContext& ctx, const MatcherData& matcher, CompareData& data) {
  // The fields through which an entry names its network types.
  std::vector<std::string> type_fields;
  for (const FieldSpec& f : ctx.model.schema->FindKind(Settings(ctx.model).kind)->fields) {
    if (f.Leaf().type == FieldType::kRef && f.Leaf().ref_kind == kMatcherTypeKind) type_fields.push_back(f.name);
  }
  if (type_fields.empty()) return;
  std::vector<std::vector<std::string>> types_of;  // parallel to data.entries
  for (size_t i : data.entries) {
    std::vector<std::string>& types = types_of.emplace_back();
    for (const std::string& field : type_fields) {
      for (std::string& t : ctx.model.ValuesOf(i, field)) types.push_back(std::move(t));
    }
  }
  for (const MatcherQuestion& q : matcher.questions) {
    CompareRow row{q.title, {}};
    bool any = false;
    for (const std::vector<std::string>& types : types_of) {
      std::vector<DisplayValue> cell;
      for (const MatcherCandidate& type : matcher.types) {
        if (std::find(types.begin(), types.end(), type.slug) == types.end()) continue;
        for (const MatcherValue& v : type.values) {
          if (v.kenmerk != q.kenmerk) continue;
          cell.push_back({PoleText(q, v.pool) + " (" + type.title + ")", type.href});
        }
      }
      any = any || !cell.empty();
      row.cells.push_back(std::move(cell));
    }
    if (any) data.rows.push_back(std::move(row));
  }
}

}  // namespace

bool HasFinder(const SiteModel& model) {
  return !Settings(model).kind.empty() && model.schema->FindKind(Settings(model).kind) != nullptr;
}

void CheckFinderSettings(const SiteModel& model, const std::string& config_path, Diagnostics& diags) {
  const FinderSettings& s = Settings(model);
  if (s.kind.empty()) return;
  const KindSpec* kind = model.schema->FindKind(s.kind);
  if (!kind) {
    diags.Error(config_path, s.pos, Say("finder: onbekende soort '{0}'", "finder: unknown kind '{0}'", {s.kind}),
                Say("soorten: {0}", "kinds: {0}", {JoinNames(model.schema->KindNames())}));
    return;
  }
  auto check = [&](const FieldList& list, const char* setting, bool facet) {
    for (size_t n = 0; n < list.names.size(); ++n) {
      const FieldSpec* field = kind->FindField(list.names[n]);
      Position pos = n < list.name_pos.size() ? list.name_pos[n] : list.pos;
      if (!field) {
        diags.Error(config_path, pos,
                    Say("finder.{0}: soort {1} heeft geen veld '{2}'", "finder.{0}: kind {1} has no field '{2}'",
                        {setting, s.kind, list.names[n]}),
                    Say("velden: {0}", "fields: {0}", {JoinNames(kind->FieldNames())}));
      } else if (facet && !field->facet) {
        diags.Error(
            config_path, pos,
            Say("finder.{0}: veld '{1}' is geen facet (facet: true)",
                "finder.{0}: field '{1}' is not a facet (facet: true)", {setting, list.names[n]}),
            Say("zet 'facet: true' bij het veld in schema.yaml", "add 'facet: true' to the field in schema.yaml"));
      } else if (field->internal) {
        diags.Error(config_path, pos,
                    Say("finder.{0}: veld '{1}' is intern (intern: true)",
                        "finder.{0}: field '{1}' is internal (intern: true)", {setting, list.names[n]}),
                    Say("haal het veld uit finder.{0}: interne velden worden nooit gepubliceerd",
                        "remove the field from finder.{0}: internal fields are never published", {setting}));
      }
    }
  };
  check(s.filters, "filters", true);
  check(s.facts, "facts", false);
  check(s.contact, "contact", false);
  check(s.compare, "compare", false);
  if (!s.group_field.empty() && !kind->FindField(s.group_field)) {
    diags.Error(config_path, s.group_pos,
                Say("finder.group: soort {0} heeft geen veld '{1}'", "finder.group: kind {0} has no field '{1}'",
                    {s.kind, s.group_field}),
                Say("velden: {0}", "fields: {0}", {JoinNames(kind->FieldNames())}));
  }
}

CompareData BuildCompareData(const PageContext& ctx, const MatcherData& matcher) {
  const SiteModel& model = ctx.model;
  const KindSpec* kind = model.schema->FindKind(Settings(model).kind);
  CompareData data;
  data.entries = FinderOrder(model);
  for (const std::string& field : Settings(model).compare.names) {
    CompareRow row{kind->FindField(field)->label, {}};
    for (size_t i : data.entries) row.cells.push_back(Values(ctx, i, field, ""));
    data.rows.push_back(std::move(row));
  }
  AddKenmerkRows(ctx, matcher, data);
  return data;
}

std::string CompareScript(const PageContext& ctx, const CompareData& data) {
  std::string out = "// Generated by leernet from the content: the facts of every entry the compare view offers.\n";
  out += "window.leernetCompare = {\"rows\":[";
  for (size_t r = 0; r < data.rows.size(); ++r) out += (r ? "," : "") + JsonString(data.rows[r].label);
  out += "],\n\"entries\":[";
  for (size_t n = 0; n < data.entries.size(); ++n) {
    const size_t i = data.entries[n];
    const Entry& e = ctx.model.entries[i];
    out += std::string(n ? ",\n" : "\n") + "{\"slug\":" + JsonString(e.slug) + ",\"title\":" + JsonString(e.title) +
           ",\"href\":" + JsonString(ctx.model.UrlOf(i)) + ",\"cells\":[";
    for (size_t r = 0; r < data.rows.size(); ++r) {
      out += r ? ",[" : "[";
      const std::vector<DisplayValue>& cell = data.rows[r].cells[n];
      for (size_t k = 0; k < cell.size(); ++k) {
        out += (k ? ",[" : "[") + JsonString(cell[k].text) + "," + JsonString(cell[k].href) + "]";
      }
      out += "]";
    }
    out += "]}";
  }
  return out + "]};\n";
}

void RenderFinderPages(const PageContext& ctx, const MatcherData& matcher, OutputSet& output, Diagnostics& diags) {
  if (!HasFinder(ctx.model)) return;
  CompareData compare = BuildCompareData(ctx, matcher);
  RenderOnePage(ctx, "finder.html", kFinderPage, FinderPageData(ctx, compare.entries), output, diags);
  RenderOnePage(ctx, "compare.html", kComparePage, ComparePageData(ctx, compare), output, diags);
  if (!output.Add(kCompareScript, CompareScript(ctx, compare))) {
    diags.Error(kCompareScript, {}, Say("het uitvoerpad is al bezet", "the output path is taken"),
                Say("hernoem de pagina of het bestand met dit pad", "rename the page or file with this path"));
  }
}

}  // namespace leernet
