// Renders every page of the site with the theme's templates into an OutputSet, and copies the
// theme's static assets.
#pragma once

#include <set>

#include "base/diagnostics.h"
#include "publish/output_set.h"
#include "render/view_model.h"

namespace leernet {

/// Which pages to render, for `leernet serve`, which renders again only what an edit can change.
struct PageSelection {
  bool all_entries = true;
  std::set<size_t> entries;  // the entry pages to render when not all_entries
  bool overviews = true;     // pages that list entries: home, the kinds' lists, map
  bool relations = true;     // kaart/relaties, which lists every entry on the map with its uses
  bool fixed = true;         // pages and files that no entry changes: search page, 404, assets
};

/// Adds the selected pages (by default all pages and the theme's assets) to `output`, rendering
/// them on `jobs` threads. Template problems are reported against the template file.
void RenderPages(const PageContext& ctx, const PageSelection& which, int jobs, OutputSet& output, Diagnostics& diags);

/// Renders one page outside the page list (the matcher, the finder) with the theme's template
/// `name` and adds it to `output` at `path`.
void RenderOnePage(const PageContext& ctx, const std::string& name, const std::string& path, const TemplateValue& data,
                   OutputSet& output, Diagnostics& diags);

}  // namespace leernet
