#include "export/sitemap.h"

#include <algorithm>

#include "export/xml_text.h"

namespace leernet {

namespace {

std::string DateOf(const SiteModel& model, const ChangeDates& dates, size_t entry) {
  auto it = dates.find(model.entries[entry].rel_path);
  return it == dates.end() ? "" : it->second;
}

}  // namespace

std::string SitemapXml(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings) {
  const std::string base = NormalizedBaseUrl(settings.base_url);
  if (base.empty()) return "";
  std::string newest;
  std::map<std::string, std::string> newest_of_kind;
  for (size_t i = 0; i < model.entries.size(); ++i) {
    std::string date = DateOf(model, dates, i);
    newest = std::max(newest, date);
    std::string& kind = newest_of_kind[model.entries[i].kind];
    kind = std::max(kind, date);
  }
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto url = [&](const std::string& path, const std::string& date) {
    x += "  <url><loc>" + EscapeXml(base + path) + "</loc>";
    if (!date.empty()) x += "<lastmod>" + date + "</lastmod>";
    x += "</url>\n";
  };
  url("index.html", newest);
  for (const KindSpec& kind : model.schema->kinds) url(model.KindUrl(kind.name), newest_of_kind[kind.name]);
  for (size_t i = 0; i < model.entries.size(); ++i) url(model.UrlOf(i), DateOf(model, dates, i));
  x += "</urlset>\n";
  return x;
}

}  // namespace leernet
