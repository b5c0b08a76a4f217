#include "search/trimmer.h"

#include <algorithm>
#include <iterator>

namespace leernet::search {
namespace {

struct UnitRange {
  char16_t first;
  char16_t last;
};

// lunr.nl.wordCharacters above ASCII (lunr-languages 1.22.0), sorted.
constexpr UnitRange kDutchWordRanges[] = {
    {0x00AA, 0x00AA}, {0x00BA, 0x00BA}, {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x02B8},
    {0x02E0, 0x02E4}, {0x1D00, 0x1D25}, {0x1D2C, 0x1D5C}, {0x1D62, 0x1D65}, {0x1D6B, 0x1D77},
    {0x1D79, 0x1DBE}, {0x1E00, 0x1EFF}, {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C},
    {0x212A, 0x212B}, {0x2132, 0x2132}, {0x214E, 0x214E}, {0x2160, 0x2188}, {0x2C60, 0x2C7F},
    {0xA722, 0xA787}, {0xA78B, 0xA7AD}, {0xA7B0, 0xA7B7}, {0xA7F7, 0xA7FF}, {0xAB30, 0xAB5A},
    {0xAB5C, 0xAB64}, {0xFB00, 0xFB06}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
};

bool IsAsciiAlnum(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

template <typename IsWord>
std::u16string_view Trim(std::u16string_view token, IsWord is_word) {
  size_t begin = 0;
  size_t end = token.size();
  while (begin < end && !is_word(token[begin])) ++begin;
  while (end > begin && !is_word(token[end - 1])) --end;
  return token.substr(begin, end - begin);
}

}  // namespace

bool IsEnglishWordUnit(char16_t c) { return IsAsciiAlnum(c) || c == u'_'; }

bool IsDutchWordUnit(char16_t c) {
  if (c < 0x80) return IsAsciiAlnum(c);
  const UnitRange* begin = std::begin(kDutchWordRanges);
  const UnitRange* end = std::end(kDutchWordRanges);
  const UnitRange* it =
      std::upper_bound(begin, end, c, [](char16_t u, const UnitRange& r) { return u < r.first; });
  return it != begin && c <= (it - 1)->last;
}

std::u16string_view TrimEnglish(std::u16string_view token) {
  return Trim(token, IsEnglishWordUnit);
}

std::u16string_view TrimDutch(std::u16string_view token) { return Trim(token, IsDutchWordUnit); }

}  // namespace leernet::search
