// Follows the structure of lunr-languages 1.22.0 lunr.nl.js, which was
// generated from the Snowball Dutch algorithm, and of the SnowballProgram in
// lunr.stemmer.support.js, so that every cursor movement matches.
#include "search/stemmers.h"

#include <cstdint>
#include <string_view>

#include "search/snowball_program.h"

namespace leernet::search {
namespace {

constexpr Among kDoubles[] = {{u"dd", -1, -1}, {u"kk", -1, -1}, {u"tt", -1, -1}};
constexpr Among kStep1[] = {
    {u"ene", -1, 2}, {u"se", -1, 3}, {u"en", -1, 2}, {u"heden", 2, 1}, {u"s", -1, 3},
};
constexpr Among kStep3b[] = {
    {u"end", -1, 1},  {u"ig", -1, 2},   {u"ing", -1, 1},
    {u"lijk", -1, 3}, {u"baar", -1, 4}, {u"bar", -1, 5},
};
constexpr Among kLongVowels[] = {
    {u"aa", -1, -1}, {u"ee", -1, -1}, {u"oo", -1, -1}, {u"uu", -1, -1}};

// Bit sets over code units starting at `min`: vowels a e i o u y è, the same
// plus I (from 73), and the same plus j.
constexpr uint8_t kVowels[] = {17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};
constexpr uint8_t kVowelsI[] = {1, 0, 0, 17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};
constexpr uint8_t kVowelsJ[] = {17, 67, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128};

constexpr Grouping kV{kVowels, 97, 232};
constexpr Grouping kVI{kVowelsI, 73, 232};
constexpr Grouping kVJ{kVowelsJ, 97, 232};

// r_prelude, r_mark_regions, r_standard_suffix and r_postlude of lunr.nl.js.
class DutchProgram : public SnowballProgram {
 public:
  explicit DutchProgram(std::u16string& current) : SnowballProgram(current) {}

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
    // The among loop over lunr.nl.js's a_0 replaces each accented vowel by its plain
    // form and steps over everything else (the "" entry), i.e. a per-unit
    // mapping; done directly because it runs for every character.
    for (int c = cursor_; c < limit_; ++c) {
      char16_t& unit = current_[static_cast<size_t>(c)];
      switch (unit) {
        case 0xE1:
        case 0xE4:
          unit = u'a';
          break;
        case 0xE9:
        case 0xEB:
          unit = u'e';
          break;
        case 0xED:
        case 0xEF:
          unit = u'i';
          break;
        case 0xF3:
        case 0xF6:
          unit = u'o';
          break;
        case 0xFA:
        case 0xFC:
          unit = u'u';
          break;
        default:
          break;
      }
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
    // The among loop over lunr.nl.js's a_1 maps I -> i and Y -> y from the cursor to
    // the end and steps over everything else.
    for (int c = cursor_; c < limit_; ++c) {
      char16_t& unit = current_[static_cast<size_t>(c)];
      if (unit == u'I') unit = u'i';
      if (unit == u'Y') unit = u'y';
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

  int p1_ = 0;
  int p2_ = 0;
  bool e_found_ = false;
};

}  // namespace

void StemDutch(std::u16string& word) {
  DutchProgram program(word);
  program.Stem();
}

}  // namespace leernet::search
