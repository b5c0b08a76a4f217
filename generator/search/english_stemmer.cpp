// lunr 2.3.9 implements this stemmer with regular expressions. The regexes
// are replaced here by direct scans; the comments give the regex each scan
// decides, and why backtracking cannot find another match.
#include "search/stemmers.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace leernet::search {
namespace {

bool IsAeiou(char16_t c) { return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u'; }
bool IsAeiouy(char16_t c) { return IsAeiou(c) || c == u'y'; }

using Word = std::u16string_view;

bool EndsWith(Word w, Word suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// Positions where V can start in /^(C)?V/ with C = [^aeiou][^aeiouy]* and
// V = [aeiouy][aeiou]*. Without the group V starts at 0; with it, V must
// start right after the maximal [^aeiouy] run (any shorter run would leave a
// [^aeiouy] unit where V needs [aeiouy]).
int VowelStarts(Word w, size_t starts[2]) {
  int count = 0;
  const size_t n = w.size();
  if (n == 0) return 0;
  if (IsAeiouy(w[0])) starts[count++] = 0;
  if (!IsAeiou(w[0])) {
    size_t q = 1;
    while (q < n && !IsAeiouy(w[q])) ++q;
    if (q < n) starts[count++] = q;
  }
  return count;
}

// End of V = [aeiouy][aeiou]* starting at p. A following C starts with
// [^aeiou], so V's [aeiou]* must be maximal.
size_t EndOfV(Word w, size_t p) {
  size_t q = p + 1;
  while (q < w.size() && IsAeiou(w[q])) ++q;
  return q;
}

// End of C = [^aeiou][^aeiouy]* starting at q when a V must follow: the run
// must be maximal for the same reason.
size_t EndOfCBeforeV(Word w, size_t q) {
  size_t r = q + 1;
  while (r < w.size() && !IsAeiouy(w[r])) ++r;
  return r;
}

// From a V at `p`: past V C V, the end of the second V; w.size() when the word
// ends inside or right after that C (so (V)?$ holds); npos when it ends within
// the first V, before any C.
size_t EndOfVCV(Word w, size_t p) {
  const size_t q = EndOfV(w, p);
  if (q >= w.size()) return Word::npos;
  const size_t r = EndOfCBeforeV(w, q);
  if (r >= w.size()) return w.size();
  return EndOfV(w, r);
}

// mgr0 = /^(C)?VC/: m > 0.
bool MeasureAtLeast1(Word w) {
  size_t starts[2];
  const int count = VowelStarts(w, starts);
  for (int i = 0; i < count; ++i) {
    if (EndOfV(w, starts[i]) < w.size()) return true;
  }
  return false;
}

// mgr1 = /^(C)?VCVC/: m > 1.
bool MeasureAtLeast2(Word w) {
  size_t starts[2];
  const int count = VowelStarts(w, starts);
  for (int i = 0; i < count; ++i) {
    const size_t end = EndOfVCV(w, starts[i]);
    if (end != Word::npos && end < w.size()) return true;
  }
  return false;
}

// meq1 = /^(C)?VC(V)?$/: m == 1.
bool MeasureIs1(Word w) {
  size_t starts[2];
  const int count = VowelStarts(w, starts);
  for (int i = 0; i < count; ++i) {
    if (EndOfVCV(w, starts[i]) == w.size()) return true;
  }
  return false;
}

// s_v = /^(C)?v/: the stem contains a vowel.
bool HasVowel(Word w) {
  size_t starts[2];
  return VowelStarts(w, starts) > 0;
}

// /^C v [^aeiouwxy]$/ (re4_1b_2 and re3_5): consonant-vowel-consonant end.
bool IsShortCvc(Word w) {
  const size_t n = w.size();
  if (n < 3 || IsAeiou(w[0])) return false;
  const size_t q = EndOfCBeforeV(w, 0);
  if (q + 2 != n) return false;
  const char16_t last = w[n - 1];
  return !IsAeiouy(last) && last != u'w' && last != u'x';
}

struct Rule {
  std::u16string_view suffix;
  std::u16string_view replacement;
};

constexpr Rule kStep2[] = {
    {u"ational", u"ate"}, {u"tional", u"tion"}, {u"enci", u"ence"},   {u"anci", u"ance"},
    {u"izer", u"ize"},    {u"bli", u"ble"},     {u"alli", u"al"},     {u"entli", u"ent"},
    {u"eli", u"e"},       {u"ousli", u"ous"},   {u"ization", u"ize"}, {u"ation", u"ate"},
    {u"ator", u"ate"},    {u"alism", u"al"},    {u"iveness", u"ive"}, {u"fulness", u"ful"},
    {u"ousness", u"ous"}, {u"aliti", u"al"},    {u"iviti", u"ive"},   {u"biliti", u"ble"},
    {u"logi", u"log"},
};

constexpr Rule kStep3[] = {
    {u"icate", u"ic"}, {u"ative", u""}, {u"alize", u"al"}, {u"iciti", u"ic"},
    {u"ical", u"ic"},  {u"ful", u""},   {u"ness", u""},
};

constexpr std::u16string_view kStep4[] = {
    u"al",   u"ance", u"ence", u"er",  u"ic",  u"able", u"ible", u"ant", u"ement",
    u"ment", u"ent",  u"ou",   u"ism", u"ate", u"iti",  u"ous",  u"ive", u"ize",
};

// /^(.+?)(s1|s2|...)$/: the lazy prefix makes the first match the one with
// the shortest non-empty prefix, i.e. the longest listed suffix that leaves
// at least one unit. Returns the prefix length, or 0 when nothing matches.
template <typename Suffixes, typename SuffixOf>
size_t LazySuffixMatch(Word w, const Suffixes& list, SuffixOf suffix_of, size_t* which) {
  const size_t n = w.size();
  for (size_t len = 1; len < n; ++len) {
    const Word rest = w.substr(len);
    if (rest.size() > 7) continue;
    for (size_t i = 0; i < std::size(list); ++i) {
      if (suffix_of(list[i]) == rest) {
        *which = i;
        return len;
      }
    }
  }
  return 0;
}

// w = w.substr(0, keep) + tail. Written as resize + copy, and shrinking
// elsewhere uses erase, because GCC 12 at -O3 reports a bogus -Wrestrict for
// resize followed by append.
void ReplaceTail(std::u16string& w, size_t keep, std::u16string_view tail) {
  w.resize(keep + tail.size());
  std::copy(tail.begin(), tail.end(), w.begin() + static_cast<std::ptrdiff_t>(keep));
}

}  // namespace

void StemEnglish(std::u16string& w) {
  if (w.size() < 3) return;
  const bool y_first = w[0] == u'y';
  if (y_first) w[0] = u'Y';

  // Step 1a: /^(.+?)(ss|i)es$/ -> $1$2, else /^(.+?)([^s])s$/ -> $1$2.
  size_t n = w.size();
  if ((n >= 5 && EndsWith(w, u"sses")) || (n >= 4 && EndsWith(w, u"ies"))) {
    w.erase(n - 2);
  } else if (n >= 3 && w[n - 1] == u's' && w[n - 2] != u's') {
    w.erase(n - 1);
  }

  // Step 1b.
  n = w.size();
  if (n >= 4 && EndsWith(w, u"eed")) {
    if (MeasureAtLeast1(Word(w).substr(0, n - 3))) w.erase(n - 1);
  } else {
    size_t stem_len = 0;
    if (n >= 3 && EndsWith(w, u"ed")) {
      stem_len = n - 2;
    } else if (n >= 4 && EndsWith(w, u"ing")) {
      stem_len = n - 3;
    }
    if (stem_len > 0 && HasVowel(Word(w).substr(0, stem_len))) {
      w.erase(stem_len);
      const size_t m = w.size();
      if (EndsWith(w, u"at") || EndsWith(w, u"bl") || EndsWith(w, u"iz")) {
        w.push_back(u'e');
      } else if (m >= 2 && w[m - 1] == w[m - 2] && !IsAeiouy(w[m - 1]) && w[m - 1] != u'l' &&
                 w[m - 1] != u's' && w[m - 1] != u'z') {
        w.pop_back();
      } else if (IsShortCvc(w)) {
        w.push_back(u'e');
      }
    }
  }

  // Step 1c: /^(.+?[^aeiou])y$/ -> $1i.
  n = w.size();
  if (n >= 3 && w[n - 1] == u'y' && !IsAeiou(w[n - 2])) w[n - 1] = u'i';

  // Steps 2 and 3: replace the suffix when the stem has m > 0.
  size_t which = 0;
  size_t stem_len = LazySuffixMatch(
      w, kStep2, [](const Rule& r) { return r.suffix; }, &which);
  if (stem_len > 0 && MeasureAtLeast1(Word(w).substr(0, stem_len))) {
    ReplaceTail(w, stem_len, kStep2[which].replacement);
  }
  stem_len = LazySuffixMatch(
      w, kStep3, [](const Rule& r) { return r.suffix; }, &which);
  if (stem_len > 0 && MeasureAtLeast1(Word(w).substr(0, stem_len))) {
    ReplaceTail(w, stem_len, kStep3[which].replacement);
  }

  // Step 4: drop the suffix when the stem has m > 1; else (s|t)ion.
  stem_len = LazySuffixMatch(
      w, kStep4, [](std::u16string_view s) { return s; }, &which);
  if (stem_len > 0) {
    if (MeasureAtLeast2(Word(w).substr(0, stem_len))) w.erase(stem_len);
  } else {
    n = w.size();
    if (n >= 5 && EndsWith(w, u"ion") && (w[n - 4] == u's' || w[n - 4] == u't') &&
        MeasureAtLeast2(Word(w).substr(0, n - 3))) {
      w.erase(n - 3);
    }
  }

  // Step 5: /^(.+?)e$/, then /ll$/.
  n = w.size();
  if (n >= 2 && w[n - 1] == u'e') {
    const Word stem = Word(w).substr(0, n - 1);
    if (MeasureAtLeast2(stem) || (MeasureIs1(stem) && !IsShortCvc(stem))) w.erase(n - 1);
  }
  if (EndsWith(w, u"ll") && MeasureAtLeast2(w)) w.pop_back();

  if (y_first) w[0] = u'y';
}

}  // namespace leernet::search
