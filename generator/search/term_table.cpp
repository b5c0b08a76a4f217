#include "search/term_table.h"

namespace leernet::search {

TermTable::TermTable() : slots_(1024, 0), mask_(1023) {}

uint64_t TermTable::Hash(std::u16string_view term) {
  // FNV-1a over code units plus a final avalanche; terms are short words.
  uint64_t h = 0xCBF29CE484222325ULL;
  for (const char16_t c : term) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return h;
}

uint32_t TermTable::Intern(std::u16string_view term, bool* inserted) {
  const uint64_t h = Hash(term);
  size_t pos = h & mask_;
  while (true) {
    const uint32_t slot = slots_[pos];
    if (slot == 0) break;
    const uint32_t id = slot - 1;
    if (hashes_[id] == h && terms_[id] == term) {
      *inserted = false;
      return id;
    }
    pos = (pos + 1) & mask_;
  }
  const auto id = static_cast<uint32_t>(terms_.size());
  terms_.emplace_back(term);
  hashes_.push_back(h);
  slots_[pos] = id + 1;
  *inserted = true;
  if (terms_.size() * 2 > slots_.size()) Grow();
  return id;
}

void TermTable::Grow() {
  std::vector<uint32_t> bigger(slots_.size() * 2, 0);
  const size_t mask = bigger.size() - 1;
  for (uint32_t id = 0; id < terms_.size(); ++id) {
    size_t pos = hashes_[id] & mask;
    while (bigger[pos] != 0) pos = (pos + 1) & mask;
    bigger[pos] = id + 1;
  }
  slots_.swap(bigger);
  mask_ = mask;
}

}  // namespace leernet::search
