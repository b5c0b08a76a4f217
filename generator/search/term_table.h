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

  const std::u16string& Term(uint32_t id) const { return terms_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(terms_.size()); }

 private:
  static uint64_t Hash(std::u16string_view term);
  void Grow();

  std::vector<std::u16string> terms_;
  std::vector<uint64_t> hashes_;  // per term, to rehash without rereading text
  std::vector<uint32_t> slots_;   // 0 = empty, otherwise term number + 1
  size_t mask_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TERM_TABLE_H_
