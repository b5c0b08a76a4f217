#include "search/shards.h"

#include <algorithm>
#include <cstdint>
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

void BuildShards(const ShardInput& input, size_t limit, int jobs, const ShardReceiver& receiver) {
  const std::vector<IndexDocument>& documents = *input.documents;
  limit = std::max<size_t>(limit, 1);
  // JSON of the members when it fits in `max_bytes`, else "" and only its length in `bytes`.
  auto build = [&](const std::vector<size_t>& members, size_t max_bytes, size_t* bytes) {
    return BuildLunrIndexJson(input.language, *input.fields, documents, members, max_bytes, bytes);
  };
  auto whole = [&](std::vector<size_t> all, std::string json) {
    receiver.planned({IndexShard{"alle", std::move(all), {}}});
    receiver.built(0, std::move(json));
  };
  std::vector<size_t> all(documents.size());
  std::iota(all.begin(), all.end(), 0);
  const bool small_text = TextBytes(documents) <= limit;
  if (small_text) {
    size_t bytes = 0;
    std::string json = build(all, limit, &bytes);
    if (bytes <= limit) return whole(std::move(all), std::move(json));
  }

  std::vector<IndexShard> kinds;
  for (const std::string& kind : input.kinds) {
    IndexShard shard{kind, {}, {}};
    for (size_t i = 0; i < documents.size(); ++i) {
      if ((*input.kind_of_document)[i] == kind) shard.members.push_back(i);
    }
    if (!shard.members.empty()) kinds.push_back(std::move(shard));
  }
  // A kind over the limit is split into runs, so only its size is kept; one that fits is a
  // shard as it is, held (at most `limit` bytes) until the plan is known.
  std::vector<size_t> kind_bytes(kinds.size());
  auto measure = [&](size_t k) { kinds[k].json = build(kinds[k].members, limit, &kind_bytes[k]); };
  // The kind with the most documents has by far the largest builder; it is measured on its own,
  // after the others, so that no second builder adds to the memory it takes.
  size_t largest = 0;
  for (size_t k = 1; k < kinds.size(); ++k) {
    if (kinds[k].members.size() > kinds[largest].members.size()) largest = k;
  }
  std::vector<size_t> others;
  for (size_t k = 0; k < kinds.size(); ++k) {
    if (k != largest) others.push_back(k);
  }
  ParallelFor(others.size(), jobs, [&](size_t i) { measure(others[i]); });
  if (!kinds.empty()) measure(largest);
  // The whole index holds every term and vector of each kind's index, so it is over the limit
  // when one kind is; only when all fit can the whole index still fit.
  const bool all_fit = std::all_of(kind_bytes.begin(), kind_bytes.end(), [&](size_t b) { return b <= limit; });
  if (all_fit && !small_text) {
    size_t bytes = 0;
    std::string json = build(all, limit, &bytes);
    if (bytes <= limit) return whole(std::move(all), std::move(json));
  }

  std::vector<IndexShard> shards;
  std::vector<std::string> held;  // per shard: the JSON of a kind that fits
  std::vector<char> to_build;     // per shard: its JSON is still to be made
  for (size_t k = 0; k < kinds.size(); ++k) {
    IndexShard& kind = kinds[k];
    const size_t runs = std::min(kind.members.size(), (kind_bytes[k] + limit - 1) / limit);
    if (runs <= 1) {
      // A kind of one document over the limit is a shard of its own all the same.
      to_build.push_back(kind_bytes[k] > limit);
      held.push_back(std::move(kind.json));
      shards.push_back(IndexShard{kind.name, std::move(kind.members), {}});
      continue;
    }
    const std::vector<size_t>& m = kind.members;
    for (size_t r = 0; r < runs; ++r) {
      to_build.push_back(true);
      held.emplace_back();
      shards.push_back(IndexShard{kind.name + "-" + std::to_string(r + 1),
                                  {m.begin() + m.size() * r / runs, m.begin() + m.size() * (r + 1) / runs},
                                  {}});
    }
  }
  kinds.clear();
  receiver.planned(shards);
  ParallelFor(shards.size(), jobs, [&](size_t i) {
    size_t bytes = 0;
    receiver.built(i, to_build[i] ? build(shards[i].members, SIZE_MAX, &bytes) : std::move(held[i]));
  });
}

}  // namespace leernet::search
