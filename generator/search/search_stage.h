// Chooses what goes into the search index (fields and boosts from the schema,
// body text up to a length from site.yaml) and produces the files the search
// page loads. The lunr format itself is the search module's business.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "publish/output_set.h"
#include "site/site_model.h"

namespace leernet {

// One lunr 2.3.9 index over some of the entries: all of them, or one kind when
// the whole index is over search.shard_bytes (so the browser can show results
// before all is loaded).
struct SearchShard {
  std::string name;  // "alle" or the kind
  std::string file;  // output path of its script
};

struct SearchFiles {
  std::string manifest_js;  // window.LEERNET_INDEX: the shards and their files
  std::vector<SearchShard> shards;
  size_t index_bytes = 0;   // JSON bytes of all shards
  std::string search_docs;  // the documents, fields and shards that went into the index
};

struct SearchBuildOptions {
  int jobs = 1;           // threads for the shards; the files do not depend on it
  bool documents = true;  // also fill search_docs (large: every document's text)
};

/// Writes search/index.js (the manifest, and the index itself when it is one shard), one
/// search/index-KIND.js per further shard, search/store.js, search/text.js and the lunr
/// scripts from `node_modules` to `output`, and warns when the index is over the budget of
/// site.yaml. Each shard goes to `output` as soon as it is made, so the index (over 100 MB
/// at 10,000 entries) is never held whole; the result holds the manifest, not the files.
/// Errors (search.fields naming unknown fields) go to `config_path`; the compound word list
/// of site.yaml is read through `fs`.
SearchFiles WriteSearchFiles(const SiteModel &model, const FileSystem &fs, const std::string &config_path,
                             const std::string &node_modules, OutputSet &output, Diagnostics &diags,
                             const SearchBuildOptions &options = {});

}  // namespace leernet
