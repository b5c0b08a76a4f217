#include "render/view_model.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "render/finder_data.h"

namespace leernet {

namespace {

std::string ThemeText(const Theme& theme, const std::string& key, const std::string& fallback) {
  auto it = theme.strings.find(key);
  return it == theme.strings.end() ? fallback : it->second;
}

// "2026-12-05" as "5 december 2026", with the month names of the theme's language; a value
// that is not an ISO date is shown as it is.
std::string LongDate(const Theme& theme, const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  std::vector<std::string> months;
  std::string names = ThemeText(theme, "months", "");
  for (size_t start = 0, end; start < names.size(); start = end + 1) {
    end = names.find(' ', start);
    if (end == std::string::npos) end = names.size();
    if (end > start) months.push_back(names.substr(start, end - start));
  }
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (months.size() != 12 || month < 1 || month > 12 || day < 1) return iso;
  return std::to_string(day) + " " + months[month - 1] + " " + iso.substr(0, 4);
}

TemplateValue Common(const PageContext& ctx, const std::string& root, const std::string& title,
                     const std::string& current) {
  const SiteConfig& config = *ctx.model.config;
  TemplateValue data;
  data.Set("root", root);
  TemplateValue nav = TemplateValue::List();
  for (const std::string& kind : config.menu) {
    const KindSpec* spec = ctx.model.schema->FindKind(kind);
    if (!spec) continue;
    nav.Push(TemplateValue()
                 .Set("label", spec->plural)
                 .Set("href", root + ctx.model.KindUrl(kind))
                 .Set("current", kind == current));
  }
  if (ctx.map.enabled) {
    nav.Push(TemplateValue()
                 .Set("label", ThemeText(ctx.theme, "kaart", "Kaart"))
                 .Set("href", root + "kaart/index.html")
                 .Set("current", current == "#kaart"));
  }
  data.Set("nav", std::move(nav));
  data.Set("page_title", title == config.title ? title : title + " · " + config.title);
  data.Set("dev", ctx.dev);
  return data;
}

TemplateValue Card(const PageContext& ctx, size_t i, const std::string& root) {
  const Entry& e = ctx.model.entries[i];
  const KindSpec* kind = ctx.model.schema->FindKind(e.kind);
  return TemplateValue()
      .Set("title", e.title)
      .Set("href", root + ctx.model.UrlOf(i))
      .Set("summary", e.summary)
      .Set("kind_label", kind->label);
}

// Mustache treats an empty string as a value, so links without a target are left out instead.
TemplateValue TextAndHref(const std::string& text, const std::string& href) {
  TemplateValue v;
  v.Set("text", text);
  if (!href.empty()) v.Set("href", href);
  return v;
}

// Title and link only: the map page lists many entries and must stay light.
TemplateValue RelationLink(const PageContext& ctx, size_t i, const std::string& root) {
  return TemplateValue().Set("title", ctx.model.entries[i].title).Set("href", root + ctx.model.UrlOf(i));
}

std::string RefHref(const PageContext& ctx, const FieldValue& v, const std::string& root) {
  long target = ctx.model.Find(v.spec->ref_kind, v.text);
  return target < 0 ? "" : root + ctx.model.UrlOf(static_cast<size_t>(target));
}

// The raw structure, for templates that lay out one field in their own way.
TemplateValue RawValue(const PageContext& ctx, const FieldValue& v, const std::string& root) {
  switch (v.spec->type) {
    case FieldType::kList: {
      TemplateValue list = TemplateValue::List();
      for (const FieldValue& item : v.items) list.Push(RawValue(ctx, item, root));
      return list;
    }
    case FieldType::kObject: {
      TemplateValue map;
      for (const auto& [name, child] : v.fields) {
        if (!child.spec->internal) map.Set(name, RawValue(ctx, child, root));
      }
      return map;
    }
    case FieldType::kRef:
      return TemplateValue().Set("slug", v.text).Set("title", ctx.model.LabelOf(v)).Set("href", RefHref(ctx, v, root));
    default:
      return TemplateValue(v.text);
  }
}

}  // namespace

TemplateValue CommonPageData(const PageContext& ctx, const std::string& root, const std::string& title,
                             const std::string& current) {
  return Common(ctx, root, title, current);
}

TemplateValue DisplayList(const std::vector<DisplayValue>& values) {
  TemplateValue out = TemplateValue::List();
  for (const DisplayValue& v : values) out.Push(TextAndHref(v.text, v.href));
  return out;
}

// A fact as shown in the table: each value a text and, for references and URLs, a link.
void AppendDisplayValues(const PageContext& ctx, const FieldValue& v, const std::string& root,
                         std::vector<DisplayValue>& out) {
  switch (v.spec->type) {
    case FieldType::kList:
      for (const FieldValue& item : v.items) AppendDisplayValues(ctx, item, root, out);
      return;
    case FieldType::kRef:
      out.push_back({ctx.model.LabelOf(v), RefHref(ctx, v, root)});
      return;
    case FieldType::kUrl:
      out.push_back({v.text, v.text});
      return;
    case FieldType::kBool:
      out.push_back({ThemeText(ctx.theme, v.text == "true" ? "ja" : "nee", v.text), ""});
      return;
    case FieldType::kObject: {
      std::string head, href, parts;
      for (const auto& [name, child] : v.fields) {
        if (child.spec->internal) continue;
        if (child.spec->type == FieldType::kRef && head.empty()) {
          head = ctx.model.LabelOf(child);
          href = RefHref(ctx, child, root);
          continue;
        }
        std::string text = child.spec->type == FieldType::kList ? "" : child.text;
        for (const FieldValue& item : child.items) text += (text.empty() ? "" : ", ") + ctx.model.LabelOf(item);
        if (text.empty()) continue;
        parts += (parts.empty() ? "" : "; ") +
                 (head.empty() && child.spec->type != FieldType::kString ? child.spec->label + ": " : std::string()) +
                 text;
      }
      std::string text = head.empty() ? parts : (parts.empty() ? head : head + " (" + parts + ")");
      out.push_back({text, href});
      return;
    }
    default:
      out.push_back({ctx.model.LabelOf(v), ""});
  }
}

TemplateValue EntryPageData(const PageContext& ctx, size_t i) {
  const std::string root = "../../";
  const Entry& e = ctx.model.entries[i];
  const KindSpec* kind = ctx.model.schema->FindKind(e.kind);
  TemplateValue data = Common(ctx, root, e.title, e.kind);
  TemplateValue entry;
  entry.Set("title", e.title)
      .Set("summary", e.summary)
      .Set("kind", e.kind)
      .Set("kind_label", kind->label)
      .Set("kind_plural", kind->plural)
      .Set("kind_href", root + ctx.model.KindUrl(e.kind))
      .Set("slug", e.slug)
      .Set("body_html", ctx.model.bodies[i].html);
  if (ctx.dates) {
    auto date = ctx.dates->find(e.rel_path);
    if (date != ctx.dates->end()) entry.Set("updated", LongDate(ctx.theme, date->second));
  }
  data.Set("entry", std::move(entry));
  TemplateValue fields = TemplateValue::List();
  TemplateValue raw;
  // Internal fields (editorial notes, ordering, search aliases) stay out of `data` too, so no
  // template, not even a site's own, can put them on a page.
  for (const auto& [name, value] : e.fields) {
    if (!value.spec->internal) raw.Set(name, RawValue(ctx, value, root));
  }
  // The kind's own facts first; the common ones (aliases, sources, ...) after them.
  for (bool common : {false, true}) {
    for (const auto& [name, value] : e.fields) {
      if (kind->IsCommon(name) != common || name == "titel" || name == "samenvatting") continue;
      if (value.spec->internal) continue;
      std::vector<DisplayValue> values;
      AppendDisplayValues(ctx, value, root, values);
      if (values.empty()) continue;
      fields.Push(TemplateValue().Set("name", name).Set("label", value.spec->label).Set("values", DisplayList(values)));
    }
  }
  data.Set("fields", std::move(fields));
  data.Set("is_worksheet", e.Find("vragen") != nullptr);
  data.Set("data", std::move(raw));
  TemplateValue backrefs = TemplateValue::List();
  for (const BackrefGroup& group : ctx.model.backrefs[i]) {
    TemplateValue items = TemplateValue::List();
    for (size_t source : group.entries) items.Push(Card(ctx, source, root));
    // A source cited by a hundred entries would otherwise list a hundred summaries.
    const bool compact = group.entries.size() > 24;
    backrefs.Push(TemplateValue().Set("label", group.label).Set("compact", compact).Set("items", std::move(items)));
  }
  data.Set("backrefs", std::move(backrefs));
  return data;
}

TemplateValue FacetsData(const std::vector<Facet>& facets) {
  TemplateValue out = TemplateValue::List();
  for (const Facet& f : facets) {
    TemplateValue values = TemplateValue::List();
    for (const FacetValue& v : f.values) {
      values.Push(TemplateValue().Set("value", v.value).Set("label", v.label).Set("count", std::to_string(v.count)));
    }
    out.Push(TemplateValue().Set("name", f.field).Set("label", f.label).Set("values", std::move(values)));
  }
  return out;
}

TemplateValue KindPageData(const PageContext& ctx, const std::string& kind_name) {
  const std::string root = "../";
  const KindSpec* kind = ctx.model.schema->FindKind(kind_name);
  TemplateValue data = Common(ctx, root, kind->plural, kind_name);
  data.Set("kind", TemplateValue()
                       .Set("name", kind->name)
                       .Set("label", kind->label)
                       .Set("plural", kind->plural)
                       .Set("intro", kind->intro));
  TemplateValue items = TemplateValue::List();
  std::vector<size_t> members = ctx.model.EntriesOfKind(kind_name);
  for (size_t i : members) items.Push(Card(ctx, i, root).Set("facet_json", ctx.model.FacetJson(i)));
  data.Set("items", std::move(items));
  data.Set("count", std::to_string(members.size()));
  const std::vector<Facet>& facets = ctx.model.FacetsOf(kind_name);
  // A kind whose facets have no values gets no filter column and no filter script.
  const bool has_facets = std::any_of(facets.begin(), facets.end(), [](const Facet& f) { return !f.values.empty(); });
  data.Set("has_facets", has_facets);
  data.Set("facets", FacetsData(facets));
  return data;
}

TemplateValue HomePageData(const PageContext& ctx) {
  const SiteConfig& config = *ctx.model.config;
  TemplateValue data = Common(ctx, "", config.title, "");
  TemplateValue blocks = TemplateValue::List();
  for (const std::string& kind_name : config.home) {
    const KindSpec* kind = ctx.model.schema->FindKind(kind_name);
    if (!kind) continue;
    std::vector<size_t> members = ctx.model.EntriesOfKind(kind_name);
    TemplateValue items = TemplateValue::List();
    for (size_t n = 0; n < members.size() && n < 6; ++n) items.Push(Card(ctx, members[n], ""));
    blocks.Push(TemplateValue()
                    .Set("label", kind->label)
                    .Set("plural", kind->plural)
                    .Set("intro", kind->intro)
                    .Set("href", ctx.model.KindUrl(kind_name))
                    .Set("count", std::to_string(members.size()))
                    .Set("items", std::move(items)));
  }
  data.Set("blocks", std::move(blocks));
  TemplateValue counts = TemplateValue::List();
  for (const KindSpec& kind : ctx.model.schema->kinds) {
    size_t n = ctx.model.EntriesOfKind(kind.name).size();
    if (n == 0) continue;
    counts.Push(TemplateValue()
                    .Set("label", kind.plural)
                    .Set("count", std::to_string(n))
                    .Set("href", ctx.model.KindUrl(kind.name)));
  }
  data.Set("counts", std::move(counts));
  data.Set("map_thumbnail", ctx.map.thumbnail_svg);
  return data;
}

TemplateValue MapViewData(const PageContext& ctx) {
  const std::string root = "../";
  TemplateValue data = Common(ctx, root, ThemeText(ctx.theme, "kaart_titel", "Overzichtskaart"), "#kaart");
  data.Set("map_svg", ctx.map.svg);
  data.Set("map_svg_narrow", ctx.map.narrow_svg);
  TemplateValue columns = TemplateValue::List();
  for (const std::string& label : ctx.map.column_labels) columns.Push(TemplateValue().Set("label", label));
  TemplateValue rows = TemplateValue::List();
  // The facets of every network on the map, once, keyed by the link the page uses for it:
  // the marks of both drawings and the table rows carry only `data-f` and are matched by link.
  std::string facets = "{";
  std::vector<bool> listed(ctx.model.entries.size(), false);
  for (const MapCellData& cell : ctx.map.cells) {
    for (size_t i : cell.entries) {
      if (listed[i]) continue;
      listed[i] = true;
      facets += (facets.size() > 1 ? ",\"" : "\"") + root + ctx.model.UrlOf(i) + "\":" + ctx.model.FacetJson(i);
    }
  }
  facets += "}";
  // Inside <script>: no "<" may close it early (URLs and slugs have none, but keep it so).
  for (size_t at = facets.find('<'); at != std::string::npos; at = facets.find('<', at))
    facets.replace(at, 1, "\\u003c");
  data.Set("map_facets", facets);
  for (size_t r = 0; r < ctx.map.row_labels.size(); ++r) {
    TemplateValue cells = TemplateValue::List();
    for (const MapCellData& cell : ctx.map.cells) {
      if (cell.row != r) continue;
      TemplateValue items = TemplateValue::List();
      for (size_t i : cell.entries) items.Push(RelationLink(ctx, i, root));
      cells.Push(TemplateValue().Set("items", std::move(items)));
    }
    rows.Push(TemplateValue().Set("label", ctx.map.row_labels[r]).Set("cells", std::move(cells)));
  }
  data.Set("map_table", TemplateValue().Set("columns", std::move(columns)).Set("rows", std::move(rows)));
  if (!ctx.map.kind.empty()) data.Set("facets", FacetsData(ctx.model.FacetsOf(ctx.map.kind)));
  return data;
}

TemplateValue RelationsViewData(const PageContext& ctx) {
  const std::string root = "../../";
  TemplateValue data = Common(ctx, root, ThemeText(ctx.theme, "map_relations", "Relaties"), "#kaart");
  // Relations: for each entry on the map, what it uses through its non-facet references
  // (werkvormen, toolkits, ...) and which other entries on the map use the same things.
  TemplateValue relations = TemplateValue::List();
  if (!ctx.map.kind.empty()) {
    const KindSpec* kind = ctx.model.schema->FindKind(ctx.map.kind);
    std::vector<size_t> seen(ctx.model.entries.size(), 0);
    for (size_t i : ctx.model.EntriesOfKind(ctx.map.kind)) {
      TemplateValue groups = TemplateValue::List();
      std::vector<size_t> used;
      for (const FieldSpec& spec : kind->fields) {
        const FieldSpec& leaf = spec.Leaf();
        if (spec.facet || leaf.type != FieldType::kRef || leaf.ref_kind == ctx.map.kind) continue;
        TemplateValue items = TemplateValue::List();
        for (const std::string& slug : ctx.model.ValuesOf(i, spec.name)) {
          long t = ctx.model.Find(leaf.ref_kind, slug);
          if (t < 0) continue;
          items.Push(RelationLink(ctx, static_cast<size_t>(t), root));
          used.push_back(static_cast<size_t>(t));
        }
        if (!items.empty()) groups.Push(TemplateValue().Set("label", spec.label).Set("items", std::move(items)));
      }
      if (used.empty()) continue;
      // `seen` marks entries with the index of the entry being listed, so it needs no clearing
      // between entries; a popular target (an organisation of thousands) stays linear.
      std::vector<size_t> others;
      for (size_t t : used) {
        for (const BackrefGroup& g : ctx.model.backrefs[t]) {
          if (g.source_kind != ctx.map.kind) continue;
          for (size_t o : g.entries) {
            if (o == i || seen[o] == i + 1) continue;
            seen[o] = i + 1;
            others.push_back(o);
          }
        }
      }
      std::sort(others.begin(), others.end());
      // A page that names every pair would outgrow the page budget; eight names and a count.
      const size_t kShown = 8;
      TemplateValue shared = TemplateValue::List();
      for (size_t n = 0; n < others.size() && n < kShown; ++n) shared.Push(RelationLink(ctx, others[n], root));
      TemplateValue relation = RelationLink(ctx, i, root);
      relation.Set("groups", std::move(groups))
          .Set("has_shared", !others.empty())
          .Set("shared_with", std::move(shared));
      if (others.size() > kShown) relation.Set("shared_more", std::to_string(others.size() - kShown));
      relations.Push(std::move(relation));
    }
  }
  data.Set("relations", std::move(relations));
  return data;
}

TemplateValue GlobalData(const PageContext& ctx) {
  const SiteConfig& config = *ctx.model.config;
  TemplateValue data;
  data.Set("lang", config.language);
  data.Set("site", TemplateValue().Set("title", config.title).Set("description", config.description));
  TemplateValue strings;
  for (const auto& [key, text] : ctx.theme.strings) strings.Set(key, text);
  data.Set("t", std::move(strings));
  // The menu and the home page link to the finder only when the site has one.
  data.Set("has_finder", HasFinder(ctx.model));
  return data;
}

TemplateValue SimplePageData(const PageContext& ctx, const std::string& root, const std::string& title_key,
                             const std::string& fallback_title) {
  return Common(ctx, root, ThemeText(ctx.theme, title_key, fallback_title), "");
}

}  // namespace leernet
