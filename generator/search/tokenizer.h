// Port of lunr.tokenizer (lunr 2.3.9) for string field values.
#ifndef LEERNET_SEARCH_TOKENIZER_H_
#define LEERNET_SEARCH_TOKENIZER_H_

#include <string>
#include <string_view>

namespace leernet::search {

// lunr.tokenizer.separator is /[\s\-]+/ tested one UTF-16 code unit at a
// time: JavaScript whitespace, line terminators and ASCII hyphen-minus.
inline bool IsLunrSeparator(char16_t c) {
  if (c < 0x80) return c == u' ' || c == u'-' || (c >= 0x09 && c <= 0x0D);
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// Splits already lowercased text into tokens and calls `on_token` with each
// non-empty slice, in order. Lowercasing happens before the split in lunr
// (on the whole value), so it is the caller's job; see AppendJsLowerCase.
template <typename OnToken>
void SplitLunrTokens(std::u16string_view lowered, OnToken&& on_token) {
  const size_t n = lowered.size();
  size_t start = 0;
  for (size_t i = 0; i < n; ++i) {
    if (IsLunrSeparator(lowered[i])) {
      if (i > start) on_token(lowered.substr(start, i - start));
      start = i + 1;
    }
  }
  if (n > start) on_token(lowered.substr(start));
}

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TOKENIZER_H_
