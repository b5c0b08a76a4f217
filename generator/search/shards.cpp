#include "search/shards.h"

#include <algorithm>
#include <numeric>

#include "base/parallel.h"

namespace leernet::search {
namespace {

// Bytes of text in the documents: an index under the limit is only tried whole first when the
// text is, since a larger site would build it only to throw it away.
size_t TextBytes(const std::vector<IndexDocument>& documents) {
  size_t bytes = 0;
  for (const IndexDocument& doc : documents) {
    for (const std::string& value : doc.values) bytes += value.size();
  }
  return bytes;
}

}  // namespace

std::vector<IndexShard> BuildShards(const ShardInput& input, size_t limit, int jobs) {
  const std::vector<IndexDocument>& documents = *input.documents;
  limit = std::max<size_t>(limit, 1);
  auto build = [&](const std::vector<size_t>& members) {
    return BuildLunrIndexJson(input.language, *input.fields, documents, members);
  };
  std::vector<size_t> all(documents.size());
  std::iota(all.begin(), all.end(), 0);
  const bool small_text = TextBytes(documents) <= limit;
  if (small_text) {
    std::string whole = build(all);
    if (whole.size() <= limit) return {IndexShard{"alle", std::move(all), std::move(whole)}};
  }

  std::vector<IndexShard> kinds;
  for (const std::string& kind : input.kinds) {
    IndexShard shard{kind, {}, {}};
    for (size_t i = 0; i < documents.size(); ++i) {
      if ((*input.kind_of_document)[i] == kind) shard.members.push_back(i);
    }
    if (!shard.members.empty()) kinds.push_back(std::move(shard));
  }
  ParallelFor(kinds.size(), jobs, [&](size_t k) { kinds[k].json = build(kinds[k].members); });
  // The whole index holds every term and vector of each kind's index, so it is over the limit
  // when one kind is; only when all fit can the whole index still fit.
  const bool all_fit =
      std::all_of(kinds.begin(), kinds.end(), [&](const IndexShard& s) { return s.json.size() <= limit; });
  if (all_fit && !small_text) {
    std::string whole = build(all);
    if (whole.size() <= limit) return {IndexShard{"alle", std::move(all), std::move(whole)}};
  }

  std::vector<IndexShard> shards;
  std::vector<size_t> to_build;
  for (IndexShard& kind : kinds) {
    const size_t runs = std::min(kind.members.size(), (kind.json.size() + limit - 1) / limit);
    if (runs <= 1) {
      shards.push_back(std::move(kind));
      continue;
    }
    const std::vector<size_t>& m = kind.members;
    for (size_t r = 0; r < runs; ++r) {
      to_build.push_back(shards.size());
      shards.push_back(IndexShard{kind.name + "-" + std::to_string(r + 1),
                                  {m.begin() + m.size() * r / runs, m.begin() + m.size() * (r + 1) / runs},
                                  {}});
    }
  }
  ParallelFor(to_build.size(), jobs, [&](size_t i) { shards[to_build[i]].json = build(shards[to_build[i]].members); });
  return shards;
}

}  // namespace leernet::search
