#include "search/term_table.h"

#include <cstring>

namespace leernet::search {

TermTable::TermTable() : slots_(1024), mask_(1023) {}

uint64_t TermTable::Hash(std::u16string_view term) {
  // Mixes four code units (8 bytes) per step; terms are short words, so the
  // hash is a noticeable part of a lookup.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 0xCBF29CE484222325ULL ^ term.size();
  const char16_t* p = term.data();
  size_t n = term.size();
  while (n >= 4) {
    uint64_t chunk;
    std::memcpy(&chunk, p, sizeof chunk);
    h = (h ^ chunk) * kMul;
    h ^= h >> 32;
    p += 4;
    n -= 4;
  }
  uint64_t tail = 0;
  for (size_t i = 0; i < n; ++i) tail |= static_cast<uint64_t>(p[i]) << (16 * i);
  h = (h ^ tail) * kMul;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return h;
}

uint32_t TermTable::Intern(std::u16string_view term, bool* inserted) {
  const uint64_t h = Hash(term);
  const auto bits = static_cast<uint32_t>(h >> 32);
  size_t pos = h & mask_;
  while (true) {
    const Slot& slot = slots_[pos];
    if (slot.id_plus_1 == 0) break;
    if (slot.hash_bits == bits && slot.span.length == term.size() &&
        std::u16string_view(text_).substr(slot.span.offset, slot.span.length) == term) {
      *inserted = false;
      return slot.id_plus_1 - 1;
    }
    pos = (pos + 1) & mask_;
  }
  const auto id = static_cast<uint32_t>(spans_.size());
  const Span span = {static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(term.size())};
  text_.append(term);
  spans_.push_back(span);
  hashes_.push_back(h);
  slots_[pos] = {id + 1, bits, span};
  *inserted = true;
  if (spans_.size() * 2 > slots_.size()) Grow();
  return id;
}

void TermTable::Grow() {
  std::vector<Slot> bigger(slots_.size() * 2);
  const size_t mask = bigger.size() - 1;
  for (uint32_t id = 0; id < spans_.size(); ++id) {
    size_t pos = hashes_[id] & mask;
    while (bigger[pos].id_plus_1 != 0) pos = (pos + 1) & mask;
    bigger[pos] = {id + 1, static_cast<uint32_t>(hashes_[id] >> 32), spans_[id]};
  }
  slots_.swap(bigger);
  mask_ = mask;
}

}  // namespace leernet::search
