#include "export/exports.h"

#include "export/csv_export.h"
#include "export/feed.h"
#include "export/json_export.h"
#include "export/sitemap.h"

namespace leernet {

void AddExports(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings, int jobs,
                OutputSet& output, Diagnostics& diags) {
  auto check = [&](const std::string& path, bool added) {
    if (!added)
      diags.Error(
          path, {}, Say("exportpad is al bezet of onveilig", "export path is taken or unsafe"),
          Say("hernoem het bestand of de map die dit pad gebruikt", "rename the file or folder that uses this path"));
  };
  check("feed.xml", output.Add("feed.xml", AtomFeed(model, dates, settings)));
  std::string sitemap = SitemapXml(model, dates, settings);
  if (!sitemap.empty()) check("sitemap.xml", output.Add("sitemap.xml", std::move(sitemap)));
  // Over 100 MB at 10,000 entries: written as it is made, never held whole.
  const std::string json_path = "export/kennisbank.json";
  check(json_path, output.AddInPieces(json_path, [&](const OutputSet::PutPiece& put) {
    WriteKennisbankJson(model, dates, jobs, put);
  }));
  for (auto& [path, text] : KindCsvFiles(model)) check(path, output.Add(path, std::move(text)));
}

}  // namespace leernet
