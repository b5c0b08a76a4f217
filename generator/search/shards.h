// Splits a lunr index into shards the browser loads one by one: the whole index when it is
// under a byte limit, else one per kind, and a kind that is still over the limit in equal
// runs of its documents ("netwerk-1", "netwerk-2", ...). Knows documents and kinds as names,
// not the site model; each shard is still lunr's own format.
#ifndef LEERNET_SEARCH_SHARDS_H_
#define LEERNET_SEARCH_SHARDS_H_

#include <cstddef>
#include <functional>
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

// Where the shards go as they are made, so that the whole index (over 100 MB at 10,000
// entries) never sits in memory at once. `planned` is called once, before any `built`, with the
// shards in order (json empty); `built` once per shard with its index in that list and its
// JSON, from up to `jobs` threads at once.
struct ShardReceiver {
  std::function<void(const std::vector<IndexShard>&)> planned;
  std::function<void(size_t, std::string)> built;
};

// The shards of the documents for `limit` bytes of JSON per shard, built on up to `jobs`
// threads and handed to `receiver`. What it receives does not depend on `jobs`.
void BuildShards(const ShardInput& input, size_t limit, int jobs, const ShardReceiver& receiver);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_SHARDS_H_
