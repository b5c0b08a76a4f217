// Open-addressing hash table that numbers distinct terms in first-seen
// order, which is exactly how lunr's builder assigns termIndex.
#ifndef LEERNET_SEARCH_TERM_TABLE_H_
#define LEERNET_SEARCH_TERM_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leernet::search {

class TermTable {
 public:
  TermTable();

  // Returns the number of `term`, giving it the next number if it is new.
  uint32_t Intern(std::u16string_view term, bool* inserted);

  // Valid until the next Intern.
  std::u16string_view Term(uint32_t id) const {
    const Span span = spans_[id];
    return std::u16string_view(text_).substr(span.offset, span.length);
  }
  uint32_t size() const { return static_cast<uint32_t>(spans_.size()); }

 private:
  struct Span {
    uint32_t offset;
    uint32_t length;
  };
  // A probe reads one slot and then the text in the arena: lookups are
  // memory-latency bound, so the slot carries everything needed to compare.
  struct Slot {
    uint32_t id_plus_1 = 0;  // 0 = empty
    uint32_t hash_bits = 0;
    Span span = {0, 0};
  };

  static uint64_t Hash(std::u16string_view term);
  void Grow();

  std::u16string text_;  // all terms back to back
  std::vector<Span> spans_;
  std::vector<uint64_t> hashes_;  // per term, to rehash without rereading text
  std::vector<Slot> slots_;
  size_t mask_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TERM_TABLE_H_
