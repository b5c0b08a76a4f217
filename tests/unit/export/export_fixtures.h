// A site model built from an in-memory content folder, for the export tests, which need the
// model itself and not a rendered site.
#pragma once

#include <memory>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "config/site_config.h"
#include "schema/schema.h"
#include "site/site_model.h"

namespace leernet::testing {

struct ModelSite {
  SiteConfig config;
  Schema schema;
  SiteModel model;
  Diagnostics diags;
};

/// Stages 1-6 on `fs` under `source`; the model points into the returned object, so keep it.
std::unique_ptr<ModelSite> LoadModel(const FileSystem& fs, const std::string& source = "content");

/// The basis fixture's model, with `extra` files (path under "content/" -> text) laid over it.
std::unique_ptr<ModelSite> BasisModel(const std::map<std::string, std::string>& extra = {});

}  // namespace leernet::testing
