// Decides what templates can see: turns the site model into TemplateValues, one per page.
// It knows page paths and the theme's strings, not how a template lays them out.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "map/map_data.h"
#include "render/template_value.h"
#include "render/theme.h"
#include "site/site_model.h"

namespace leernet {

struct PageContext {
  const SiteModel& model;
  const Theme& theme;
  const MapPageData& map;
  bool dev = false;  // pages served by `leernet serve` include the live-reload script
  const std::map<std::string, std::string>* dates = nullptr;  // entry file -> last change, YYYY-MM-DD
};

/// What every page sees alike: `lang`, `site`, `t`. Rendered pages look names up in their own
/// data first, then here, so this is converted for the template engine once per build.
TemplateValue GlobalData(const PageContext& ctx);

/// One value of a fact as a page shows it: a text and, for references and URLs, a link.
struct DisplayValue {
  std::string text;
  std::string href;  // empty: no link
};

/// The values of `v` as the facts panel shows them; `root` prefixes links.
void AppendDisplayValues(const PageContext& ctx, const FieldValue& v, const std::string& root,
                         std::vector<DisplayValue>& out);
/// The filter groups of a facet form: {name, label, values: [{value, label, count}]}.
TemplateValue FacetsData(const std::vector<Facet>& facets);
/// A list of {text, href} for templates.
TemplateValue DisplayList(const std::vector<DisplayValue>& values);
/// The page data every page starts from: root, navigation, page title. `current` is the kind
/// (or "#kaart") whose menu item is marked as the current one.
TemplateValue CommonPageData(const PageContext& ctx, const std::string& root, const std::string& title,
                             const std::string& current);

/// `root`: the relative path from the page to the site root ("", "../", "../../").
TemplateValue EntryPageData(const PageContext& ctx, size_t entry);
TemplateValue KindPageData(const PageContext& ctx, const std::string& kind);
TemplateValue HomePageData(const PageContext& ctx);
TemplateValue MapViewData(const PageContext& ctx);
/// kaart/relaties/index.html: what each entry on the map uses and who uses the same.
TemplateValue RelationsViewData(const PageContext& ctx);
/// 404.html: a simple page plus `not_found.json`, what its script needs to find the site root
/// when a host serves the page for a missing address at any depth.
TemplateValue NotFoundPageData(const PageContext& ctx);
/// A page whose title is the UI string `title_key` (or `fallback_title`) and that needs nothing else.
TemplateValue SimplePageData(const PageContext& ctx, const std::string& root, const std::string& title_key,
                             const std::string& fallback_title);

}  // namespace leernet
