// The statistics lunr.Builder (lunr 2.3.9) gathers while documents are added,
// and the serialisation of the finished index (lunr.Index#toJSON).
#ifndef LEERNET_SEARCH_INDEX_BUILDER_H_
#define LEERNET_SEARCH_INDEX_BUILDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/lunr_index.h"
#include "search/term_pipeline.h"
#include "search/term_table.h"

namespace leernet::search {

class IndexBuilder {
 public:
  // `field_names` must already be in lunr's field order (Object.keys of the
  // builder's _fields) and free of '/'.
  IndexBuilder(Language language, std::vector<std::string> field_names,
               std::vector<double> field_boosts);

  // builder.add(doc, {boost}); values are in the constructor's field order.
  void Add(std::string_view ref, double boost, const std::vector<std::string_view>& values);

  // JSON.stringify(builder.build()).
  std::string ToJson();

  // ToJson when it is at most `max_bytes` long; else "", since a kind too big for one shard
  // is built only to learn how many runs to split it into, and its text would be tens of MB.
  // `*bytes` is the length either way.
  std::string ToJson(size_t max_bytes, size_t* bytes);

 private:
  // One (document, field) pair: lunr's fieldRef.
  struct FieldEntry {
    uint32_t first_pair = 0;  // into tf_pairs_
    uint32_t pair_count = 0;
    uint32_t length = 0;  // tokens after the pipeline, duplicates counted
  };
  struct Posting {
    uint32_t term;
    uint32_t field;
    uint32_t slot;
  };
  struct Slot {
    std::string escaped_ref;
    double boost = 1;
    std::optional<uint32_t> array_index;  // ref is an array-index key
  };

  // The text being written; once it passes `limit` only its length is kept, counted in
  // `dropped` as the text is cleared in pieces.
  struct JsonOut {
    std::string text;
    size_t limit = SIZE_MAX;
    size_t dropped = 0;
    void Check() {
      if (dropped == 0 ? text.size() > limit : text.size() >= (size_t{1} << 16)) {
        dropped += text.size();
        text.clear();
      }
    }
  };

  uint32_t SlotFor(std::string_view ref);
  void WriteFieldVectors(const std::vector<double>& idf, JsonOut& json) const;
  void WriteInvertedIndex(const std::vector<uint32_t>& bucket_start,
                          const std::vector<uint32_t>& bucket_slots, JsonOut& json) const;

  Language language_;
  std::vector<std::string> field_names_;
  std::vector<std::string> escaped_fields_;
  std::vector<double> field_boosts_;
  // Keys of a posting in JSON order: -1 is "_index", others are fields.
  std::vector<int> posting_keys_;
  TermPipeline pipeline_;
  TermTable terms_;
  // Distinct trimmed tokens and the term each becomes (kDropped for stop
  // words), so stop-word lookup and stemming run once per distinct token.
  static constexpr uint32_t kDropped = UINT32_MAX;
  TermTable tokens_;
  std::vector<uint32_t> token_term_;
  std::u16string stem_scratch_;
  uint32_t document_count_ = 0;
  bool has_repeated_refs_ = false;
  bool has_array_index_refs_ = false;

  std::unordered_map<std::string, uint32_t> slot_of_ref_;
  std::vector<Slot> slots_;                              // in first-add order
  std::vector<FieldEntry> entries_;                      // slot * field count + field
  std::vector<std::pair<uint32_t, uint32_t>> tf_pairs_;  // (term, tf) by term
  std::vector<Posting> postings_;                        // in add order
  std::vector<uint32_t> tf_scratch_;                     // per term, counts of the current field
  std::vector<uint32_t> touched_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_INDEX_BUILDER_H_
