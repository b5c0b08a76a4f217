// Splits a lunr index into shards the browser loads one by one: the whole index when it is
// under a byte limit, else one per kind, and a kind that is still over the limit in equal
// runs of its documents ("netwerk-1", "netwerk-2", ...). Knows documents and kinds as names,
// not the site model; each shard is still lunr's own format.
#ifndef LEERNET_SEARCH_SHARDS_H_
#define LEERNET_SEARCH_SHARDS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "search/lunr_index.h"

namespace leernet::search {

struct ShardInput {
  Language language = Language::kDutch;
  const std::vector<IndexField>* fields = nullptr;
  const std::vector<IndexDocument>* documents = nullptr;
  const std::vector<std::string>* kind_of_document = nullptr;  // one per document
  std::vector<std::string> kinds;                              // shard order
};

struct IndexShard {
  std::string name;             // "alle", the kind, or the kind and the run number
  std::vector<size_t> members;  // indexes into the documents, in order
  std::string json;             // JSON.stringify of the shard's lunr index
};

// The shards of the documents for `limit` bytes of JSON per shard, built on up to `jobs`
// threads. The result does not depend on `jobs`.
std::vector<IndexShard> BuildShards(const ShardInput& input, size_t limit, int jobs);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_SHARDS_H_
