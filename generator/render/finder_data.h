// "Vind een netwerk" and "Vergelijk": the entries of one kind (the site's
// `finder` settings) as cards with their filters, how to take part, and a
// compare view of two or three of them side by side. Which fields matter comes
// from content/site.yaml; this module knows no field by name.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "publish/output_set.h"
#include "render/matcher_data.h"
#include "render/view_model.h"

namespace leernet {

/// Paths relative to the site root.
inline constexpr const char* kFinderPage = "vind-een-netwerk/index.html";
inline constexpr const char* kComparePage = "vergelijk/index.html";
inline constexpr const char* kCompareScript = "vergelijk/vergelijk-data.js";

/// One row of the compare view: a field's label and, per entry, its values.
struct CompareRow {
  std::string label;
  std::vector<std::vector<DisplayValue>> cells;  // parallel to CompareData::entries
};

struct CompareData {
  std::vector<size_t> entries;  // indexes into the site model, in finder order
  std::vector<CompareRow> rows;
};

/// Whether the site has a finder: `finder.kind` names a kind of the schema. The
/// pages, the menu link and the 404 page's folder list all follow this.
bool HasFinder(const SiteModel& model);

/// Checks the `finder` settings against the schema; errors at their place in
/// site.yaml.
void CheckFinderSettings(const SiteModel& model, const std::string& config_path, Diagnostics& diags);

/// The rows of the compare view: the `compare` fields, then, for entries with
/// network types, where their types stand on each kenmerk.
CompareData BuildCompareData(const PageContext& ctx, const MatcherData& matcher);

/// `window.leernetCompare = {...};`, loaded with a <script> tag so it works
/// from file://. Links are relative to the site root.
std::string CompareScript(const PageContext& ctx, const CompareData& data);

/// Renders both pages with the theme's finder.html and compare.html and adds
/// them and the compare data to `output`.
void RenderFinderPages(const PageContext& ctx, const MatcherData& matcher, OutputSet& output, Diagnostics& diags);

}  // namespace leernet
