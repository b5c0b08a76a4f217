#include "export/exports.h"

#include "export/csv_export.h"
#include "export/feed.h"
#include "export/json_export.h"
#include "export/sitemap.h"

namespace leernet {

void AddExports(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings, OutputSet& output,
                Diagnostics& diags) {
  auto add = [&](const std::string& path, std::string bytes) {
    if (!output.Add(path, std::move(bytes)))
      diags.Error(
          path, {}, Say("exportpad is al bezet of onveilig", "export path is taken or unsafe"),
          Say("hernoem het bestand of de map die dit pad gebruikt", "rename the file or folder that uses this path"));
  };
  add("feed.xml", AtomFeed(model, dates, settings));
  std::string sitemap = SitemapXml(model, dates, settings);
  if (!sitemap.empty()) add("sitemap.xml", std::move(sitemap));
  add("export/kennisbank.json", KennisbankJson(model, dates));
  for (auto& [path, text] : KindCsvFiles(model)) add(path, std::move(text));
}

}  // namespace leernet
