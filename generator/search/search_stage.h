// Chooses what goes into the search index (fields and boosts from the schema, body text up to
// a length from site.yaml) and produces the files the search page loads. The lunr format
// itself is the search module's business.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "publish/output_set.h"
#include "site/site_model.h"

namespace leernet {

struct SearchFiles {
  std::string index_json;   // lunr 2.3.9 index
  std::string store_js;     // what results display
  std::string search_docs;  // the documents and configuration that went into the index
};

SearchFiles BuildSearchFiles(const SiteModel& model);

/// Adds search/index.json, search/index.js, search/store.js and the lunr scripts from
/// `node_modules` to `output`; warns when the index is over the budget of site.yaml.
void AddSearchFiles(const SearchFiles& files, const SiteModel& model, const FileSystem& fs,
                    const std::string& node_modules, OutputSet& output, Diagnostics& diags);

}  // namespace leernet
