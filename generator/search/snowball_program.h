// The Snowball runtime that lunr-languages 1.22.0 ships as
// lunr.stemmerSupport.SnowballProgram (lunr.stemmer.support.js): a cursor
// over UTF-16 code units with forward/backward limits and bra/ket slice
// marks. Stemmers generated from Snowball rely on its exact cursor moves.
#ifndef LEERNET_SEARCH_SNOWBALL_PROGRAM_H_
#define LEERNET_SEARCH_SNOWBALL_PROGRAM_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace leernet::search {

// One entry of a Snowball "among" table: sorted suffixes with the index of
// the longest entry that is a suffix of this one.
struct Among {
  std::u16string_view s;
  int substring_i;
  int result;
};

// A character class as a bit set over code units from `min` to `max`.
struct Grouping {
  std::span<const uint8_t> bits;
  int min;
  int max;
  bool Contains(char16_t c) const {
    if (c > max || c < min) return false;
    const int ch = c - min;
    return (bits[ch >> 3] & (1 << (ch & 7))) != 0;
  }
};

class SnowballProgram {
 protected:
  explicit SnowballProgram(std::u16string& current)
      : current_(current), limit_(static_cast<int>(current.size())), ket_(limit_) {}

  char16_t At(int i) const { return current_[static_cast<size_t>(i)]; }

  bool InGrouping(const Grouping& g) {
    if (cursor_ < limit_ && g.Contains(At(cursor_))) {
      ++cursor_;
      return true;
    }
    return false;
  }
  bool OutGrouping(const Grouping& g) {
    if (cursor_ < limit_ && !g.Contains(At(cursor_))) {
      ++cursor_;
      return true;
    }
    return false;
  }
  bool OutGroupingB(const Grouping& g) {
    if (cursor_ > limit_backward_ && !g.Contains(At(cursor_ - 1))) {
      --cursor_;
      return true;
    }
    return false;
  }
  bool EqS(std::u16string_view s) {
    const int size = static_cast<int>(s.size());
    if (limit_ - cursor_ < size) return false;
    for (int i = 0; i < size; ++i) {
      if (At(cursor_ + i) != s[static_cast<size_t>(i)]) return false;
    }
    cursor_ += size;
    return true;
  }
  bool EqSB(std::u16string_view s) {
    const int size = static_cast<int>(s.size());
    if (cursor_ - limit_backward_ < size) return false;
    for (int i = 0; i < size; ++i) {
      if (At(cursor_ - size + i) != s[static_cast<size_t>(i)]) return false;
    }
    cursor_ -= size;
    return true;
  }

  // Binary search over the sorted among table, then the substring_i chain;
  // kept exactly like the Snowball runtime (find_among_b).
  int FindAmongB(std::span<const Among> v) {
    int i = 0;
    int j = static_cast<int>(v.size());
    const int c = cursor_;
    const int lb = limit_backward_;
    int common_i = 0;
    int common_j = 0;
    bool first_key_inspected = false;
    while (true) {
      const int k = i + ((j - i) >> 1);
      int diff = 0;
      int common = common_i < common_j ? common_i : common_j;
      const Among& w = v[static_cast<size_t>(k)];
      for (int i2 = static_cast<int>(w.s.size()) - 1 - common; i2 >= 0; --i2) {
        if (c - common == lb) {
          diff = -1;
          break;
        }
        diff = At(c - 1 - common) - w.s[static_cast<size_t>(i2)];
        if (diff != 0) break;
        ++common;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0 || j == i || first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      const Among& w = v[static_cast<size_t>(i)];
      if (common_i >= static_cast<int>(w.s.size())) {
        cursor_ = c - static_cast<int>(w.s.size());
        return w.result;
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  }

  void ReplaceS(int c_bra, int c_ket, std::u16string_view s) {
    const int adjustment = static_cast<int>(s.size()) - (c_ket - c_bra);
    current_.replace(static_cast<size_t>(c_bra), static_cast<size_t>(c_ket - c_bra), s);
    limit_ += adjustment;
    if (cursor_ >= c_ket) {
      cursor_ += adjustment;
    } else if (cursor_ > c_bra) {
      cursor_ = c_bra;
    }
  }
  void SliceFrom(std::u16string_view s) { ReplaceS(bra_, ket_, s); }
  void SliceDel() { SliceFrom(u""); }

  std::u16string& current_;
  int cursor_ = 0;
  int limit_;
  int limit_backward_ = 0;
  int bra_ = 0;
  int ket_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_SNOWBALL_PROGRAM_H_
