// Follows the structure of lunr-languages 1.22.0 lunr.nl.js, which was
// generated from the Snowball Dutch algorithm, and of the SnowballProgram in
// lunr.stemmer.support.js, so that every cursor movement matches.
#include "search/dutch_stemmer.h"

#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace leernet::search {
namespace {

struct Among {
  std::u16string_view s;
  int substring_i;
  int result;
};

constexpr Among kPrelude[] = {
    {u"", -1, 6},       {u"\u00E1", 0, 1}, {u"\u00E4", 0, 1}, {u"\u00E9", 0, 2},
    {u"\u00EB", 0, 2}, {u"\u00ED", 0, 3}, {u"\u00EF", 0, 3}, {u"\u00F3", 0, 4},
    {u"\u00F6", 0, 4}, {u"\u00FA", 0, 5}, {u"\u00FC", 0, 5},
};
constexpr Among kPostlude[] = {{u"", -1, 3}, {u"I", 0, 2}, {u"Y", 0, 1}};
constexpr Among kDoubles[] = {{u"dd", -1, -1}, {u"kk", -1, -1}, {u"tt", -1, -1}};
constexpr Among kStep1[] = {
    {u"ene", -1, 2}, {u"se", -1, 3}, {u"en", -1, 2}, {u"heden", 2, 1}, {u"s", -1, 3},
};
constexpr Among kStep3b[] = {
    {u"end", -1, 1}, {u"ig", -1, 2},   {u"ing", -1, 1},
    {u"lijk", -1, 3}, {u"baar", -1, 4}, {u"bar", -1, 5},
};
constexpr Among kLongVowels[] = {{u"aa", -1, -1}, {u"ee", -1, -1}, {u"oo", -1, -1}, {u"uu", -1, -1}};

// Bit sets over code units starting at `min`: vowels a e i o u y è, the same
// plus I (from 73), and the same plus j.
constexpr uint8_t kVowels[] = {17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};
constexpr uint8_t kVowelsI[] = {1, 0, 0, 17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};
constexpr uint8_t kVowelsJ[] = {17, 67, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};

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

constexpr Grouping kV{kVowels, 97, 232};
constexpr Grouping kVI{kVowelsI, 73, 232};
constexpr Grouping kVJ{kVowelsJ, 97, 232};

// The Snowball runtime state: cursor, limits and the bra/ket slice marks.
class Program {
 public:
  explicit Program(std::u16string& current)
      : current_(current), limit_(static_cast<int>(current.size())), ket_(limit_) {}

  void Stem() {
    const int v_1 = cursor_;
    Prelude();
    cursor_ = v_1;
    MarkRegions();
    limit_backward_ = v_1;
    cursor_ = limit_;
    StandardSuffix();
    cursor_ = limit_backward_;
    Postlude();
  }

 private:
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
  // kept exactly like the Snowball runtime because the "" entries depend on it.
  int FindAmong(std::span<const Among> v) {
    int i = 0;
    int j = static_cast<int>(v.size());
    const int c = cursor_;
    const int l = limit_;
    int common_i = 0;
    int common_j = 0;
    bool first_key_inspected = false;
    while (true) {
      const int k = i + ((j - i) >> 1);
      int diff = 0;
      int common = common_i < common_j ? common_i : common_j;
      const Among& w = v[static_cast<size_t>(k)];
      for (int i2 = common; i2 < static_cast<int>(w.s.size()); ++i2) {
        if (c + common == l) {
          diff = -1;
          break;
        }
        diff = At(c + common) - w.s[static_cast<size_t>(i2)];
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
        cursor_ = c + static_cast<int>(w.s.size());
        return w.result;
      }
      i = w.substring_i;
      if (i < 0) return 0;
    }
  }

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

  bool R1() const { return p1_ <= cursor_; }
  bool R2() const { return p2_ <= cursor_; }

  // Moves one unit forward from `v` unless at the end; true means "stop".
  bool StepOrStop(int v) {
    cursor_ = v;
    if (v >= limit_) return true;
    ++cursor_;
    return false;
  }

  void Prelude() {
    const int v_1 = cursor_;
    while (true) {
      bra_ = cursor_;
      const int among_var = FindAmong(kPrelude);
      if (among_var == 0) break;
      ket_ = cursor_;
      static constexpr std::u16string_view kPlain[] = {u"", u"a", u"e", u"i", u"o", u"u"};
      if (among_var <= 5) {
        SliceFrom(kPlain[among_var]);
        continue;
      }
      if (cursor_ >= limit_) break;
      ++cursor_;
    }
    cursor_ = v_1;
    bra_ = v_1;
    if (EqS(u"y")) {
      ket_ = cursor_;
      SliceFrom(u"Y");
    } else {
      cursor_ = v_1;
    }
    while (true) {
      const int v_2 = cursor_;
      if (InGrouping(kV)) {
        const int v_3 = cursor_;
        bra_ = v_3;
        if (EqS(u"i")) {
          ket_ = cursor_;
          if (InGrouping(kV)) {
            SliceFrom(u"I");
            cursor_ = v_2;
          }
        } else {
          cursor_ = v_3;
          if (EqS(u"y")) {
            ket_ = cursor_;
            SliceFrom(u"Y");
            cursor_ = v_2;
          } else if (StepOrStop(v_2)) {
            break;
          }
        }
      } else if (StepOrStop(v_2)) {
        break;
      }
    }
  }

  // Skips to just after the next vowel-then-non-vowel; true means "ran out".
  bool SkipVowelThenConsonant() {
    while (!InGrouping(kV)) {
      if (cursor_ >= limit_) return true;
      ++cursor_;
    }
    while (!OutGrouping(kV)) {
      if (cursor_ >= limit_) return true;
      ++cursor_;
    }
    return false;
  }

  void MarkRegions() {
    p1_ = limit_;
    p2_ = p1_;
    if (!SkipVowelThenConsonant()) {
      p1_ = cursor_;
      if (p1_ < 3) p1_ = 3;
      if (!SkipVowelThenConsonant()) p2_ = cursor_;
    }
  }

  void Postlude() {
    // The "" entry always matches, so this loop only ends at the limit.
    while (true) {
      bra_ = cursor_;
      const int among_var = FindAmong(kPostlude);
      if (among_var == 0) continue;
      ket_ = cursor_;
      if (among_var == 1) {
        SliceFrom(u"y");
      } else if (among_var == 2) {
        SliceFrom(u"i");
      } else {
        if (cursor_ >= limit_) return;
        ++cursor_;
      }
    }
  }

  void Undouble() {
    const int v_1 = limit_ - cursor_;
    if (FindAmongB(kDoubles) != 0) {
      cursor_ = limit_ - v_1;
      ket_ = cursor_;
      if (cursor_ > limit_backward_) {
        --cursor_;
        bra_ = cursor_;
        SliceDel();
      }
    }
  }

  void EEnding() {
    e_found_ = false;
    ket_ = cursor_;
    if (EqSB(u"e")) {
      bra_ = cursor_;
      if (R1()) {
        const int v_1 = limit_ - cursor_;
        if (OutGroupingB(kV)) {
          cursor_ = limit_ - v_1;
          SliceDel();
          e_found_ = true;
          Undouble();
        }
      }
    }
  }

  void EnEnding() {
    if (R1()) {
      const int v_1 = limit_ - cursor_;
      if (OutGroupingB(kV)) {
        cursor_ = limit_ - v_1;
        if (!EqSB(u"gem")) {
          cursor_ = limit_ - v_1;
          SliceDel();
          Undouble();
        }
      }
    }
  }

  void StandardSuffix() {
    const int v_1 = limit_ - cursor_;
    ket_ = cursor_;
    int among_var = FindAmongB(kStep1);
    if (among_var != 0) {
      bra_ = cursor_;
      switch (among_var) {
        case 1:
          if (R1()) SliceFrom(u"heid");
          break;
        case 2:
          EnEnding();
          break;
        case 3:
          if (R1() && OutGroupingB(kVJ)) SliceDel();
          break;
      }
    }
    cursor_ = limit_ - v_1;
    EEnding();
    cursor_ = limit_ - v_1;
    ket_ = cursor_;
    if (EqSB(u"heid")) {
      bra_ = cursor_;
      if (R2()) {
        const int v_2 = limit_ - cursor_;
        if (!EqSB(u"c")) {
          cursor_ = limit_ - v_2;
          SliceDel();
          ket_ = cursor_;
          if (EqSB(u"en")) {
            bra_ = cursor_;
            EnEnding();
          }
        }
      }
    }
    cursor_ = limit_ - v_1;
    ket_ = cursor_;
    among_var = FindAmongB(kStep3b);
    if (among_var != 0) {
      bra_ = cursor_;
      switch (among_var) {
        case 1:
          if (R2()) {
            SliceDel();
            const int v_3 = limit_ - cursor_;
            ket_ = cursor_;
            if (EqSB(u"ig")) {
              bra_ = cursor_;
              if (R2()) {
                const int v_4 = limit_ - cursor_;
                if (!EqSB(u"e")) {
                  cursor_ = limit_ - v_4;
                  SliceDel();
                  break;
                }
              }
            }
            cursor_ = limit_ - v_3;
            Undouble();
          }
          break;
        case 2:
          if (R2()) {
            const int v_5 = limit_ - cursor_;
            if (!EqSB(u"e")) {
              cursor_ = limit_ - v_5;
              SliceDel();
            }
          }
          break;
        case 3:
          if (R2()) {
            SliceDel();
            EEnding();
          }
          break;
        case 4:
          if (R2()) SliceDel();
          break;
        case 5:
          if (R2() && e_found_) SliceDel();
          break;
      }
    }
    cursor_ = limit_ - v_1;
    if (OutGroupingB(kVI)) {
      const int v_6 = limit_ - cursor_;
      if (FindAmongB(kLongVowels) != 0 && OutGroupingB(kV)) {
        cursor_ = limit_ - v_6;
        ket_ = cursor_;
        if (cursor_ > limit_backward_) {
          --cursor_;
          bra_ = cursor_;
          SliceDel();
        }
      }
    }
  }

  std::u16string& current_;
  int cursor_ = 0;
  int limit_;
  int limit_backward_ = 0;
  int bra_ = 0;
  int ket_;
  int p1_ = 0;
  int p2_ = 0;
  bool e_found_ = false;
};

}  // namespace

void StemDutch(std::u16string& word) {
  Program program(word);
  program.Stem();
}

}  // namespace leernet::search
