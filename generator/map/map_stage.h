// Feeds the site's networks into the overview map module and returns the map as plain data
// for the page templates. The fields on each axis come from the `map` settings of site.yaml.
#pragma once

#include "base/diagnostics.h"
#include "map/map_data.h"
#include "site/site_model.h"

namespace leernet {

MapPageData BuildMapData(const SiteModel& model, const std::string& config_path, Diagnostics& diags);

}  // namespace leernet
