// The sitemap (sitemaps.org protocol 0.9) of the pages search engines should find: a pure
// function of the site model and the change dates.
#pragma once

#include <string>

#include "export/export_settings.h"
#include "site/site_model.h"

namespace leernet {

/// `sitemap.xml`: home, list page of every kind, every entry, with `lastmod` where known. The
/// protocol requires absolute URLs, so there is no sitemap without `base_url`: returns "".
std::string SitemapXml(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings);

}  // namespace leernet
