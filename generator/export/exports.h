// Adds the export files to a build's output: feed.xml, sitemap.xml (only with a base URL),
// export/kennisbank.json and export/<folder>.csv. The one call the pipeline makes.
#pragma once

#include "base/diagnostics.h"
#include "export/export_settings.h"
#include "publish/output_set.h"
#include "site/site_model.h"

namespace leernet {

/// `jobs`: threads for kennisbank.json (0: one per core); the files do not depend on it.
void AddExports(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings, int jobs,
                OutputSet& output, Diagnostics& diags);

}  // namespace leernet
