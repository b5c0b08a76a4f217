#include "search/js_lower_case.h"

#include <algorithm>
#include <cstdint>

#include "search/utf.h"

namespace leernet::search {
namespace {

struct LowerRun {
  char32_t first;
  char32_t last;
  int32_t delta;
  uint8_t stride;
};

struct CodeRange {
  char32_t first;
  char32_t last;
};

#include "search/unicode_case_data.inc"

bool InRanges(const CodeRange* begin, const CodeRange* end, char32_t cp) {
  const CodeRange* it =
      std::upper_bound(begin, end, cp, [](char32_t c, const CodeRange& r) { return c < r.first; });
  return it != begin && cp <= (it - 1)->last;
}

enum class CaseType { kNone, kIgnorable, kCased };

CaseType TypeOf(char32_t cp) {
  if (InRanges(std::begin(kCaseIgnorable), std::end(kCaseIgnorable), cp)) {
    return CaseType::kIgnorable;
  }
  if (InRanges(std::begin(kCased), std::end(kCased), cp)) return CaseType::kCased;
  return CaseType::kNone;
}

// Reads the code point that starts at `i` (a lone surrogate stands for itself).
char32_t CodePointAt(std::u16string_view s, size_t i, size_t* units) {
  const char16_t c = s[i];
  if (IsHighSurrogate(c) && i + 1 < s.size() && IsLowSurrogate(s[i + 1])) {
    *units = 2;
    return 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00);
  }
  *units = 1;
  return c;
}

// Reads the code point that ends just before `i`.
char32_t CodePointBefore(std::u16string_view s, size_t i, size_t* units) {
  const char16_t c = s[i - 1];
  if (IsLowSurrogate(c) && i >= 2 && IsHighSurrogate(s[i - 2])) {
    *units = 2;
    return 0x10000 + ((static_cast<char32_t>(s[i - 2]) - 0xD800) << 10) + (c - 0xDC00);
  }
  *units = 1;
  return c;
}

// ICU's context check: skip case-ignorable characters, then report whether
// the next one is cased. Ignorable wins over cased, matching ICU.
bool CasedBefore(std::u16string_view s, size_t i) {
  while (i > 0) {
    size_t units = 0;
    const CaseType type = TypeOf(CodePointBefore(s, i, &units));
    if (type == CaseType::kCased) return true;
    if (type == CaseType::kNone) return false;
    i -= units;
  }
  return false;
}

bool CasedAfter(std::u16string_view s, size_t i) {
  while (i < s.size()) {
    size_t units = 0;
    const CaseType type = TypeOf(CodePointAt(s, i, &units));
    if (type == CaseType::kCased) return true;
    if (type == CaseType::kNone) return false;
    i += units;
  }
  return false;
}

}  // namespace

char32_t SimpleLowerCase(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  const LowerRun* begin = std::begin(kLowerRuns);
  const LowerRun* end = std::end(kLowerRuns);
  const LowerRun* it =
      std::upper_bound(begin, end, cp, [](char32_t c, const LowerRun& r) { return c < r.first; });
  if (it == begin) return cp;
  const LowerRun& run = *(it - 1);
  if (cp > run.last || (cp - run.first) % run.stride != 0) return cp;
  return static_cast<char32_t>(static_cast<int32_t>(cp) + run.delta);
}

void AppendJsLowerCase(std::u16string_view text, std::u16string& out) {
  out.reserve(out.size() + text.size());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const char16_t c = text[i];
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? c + 32 : c);
      ++i;
      continue;
    }
    size_t units = 0;
    const char32_t cp = CodePointAt(text, i, &units);
    if (cp == 0x130) {
      // The only unconditional one-to-many lowercase mapping: i + combining dot.
      out.push_back(u'i');
      out.push_back(0x307);
    } else if (cp == 0x3A3) {
      const bool final_sigma = CasedBefore(text, i) && !CasedAfter(text, i + 1);
      out.push_back(final_sigma ? 0x3C2 : 0x3C3);
    } else {
      AppendUtf16CodePoint(SimpleLowerCase(cp), out);
    }
    i += units;
  }
}

}  // namespace leernet::search
