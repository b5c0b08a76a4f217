// UTF-8 <-> UTF-16 conversion. lunr.js works on JavaScript strings, so the
// search pipeline runs on UTF-16 code units and converts only at the edges.
#ifndef LEERNET_SEARCH_UTF_H_
#define LEERNET_SEARCH_UTF_H_

#include <string>
#include <string_view>

namespace leernet::search {

// Appends the UTF-16 form of `utf8` to `out`. Ill-formed sequences become
// U+FFFD, one per maximal subpart, as node's UTF-8 decoder does, so the
// C++ side sees the same text as a node script reading the same bytes.
void AppendUtf16FromUtf8(std::string_view utf8, std::u16string& out);

// Appends the UTF-8 form of `utf16` to `out`. A lone surrogate is written as
// U+FFFD (callers that must preserve it escape it instead, see json_text.h).
void AppendUtf8FromUtf16(std::u16string_view utf16, std::string& out);

inline bool IsHighSurrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool IsLowSurrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// Appends code point `cp` as one UTF-16 unit or a surrogate pair.
inline void AppendUtf16CodePoint(char32_t cp, std::u16string& out) {
  if (cp >= 0x10000) {
    cp -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 | (cp >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 | (cp & 0x3FF)));
  } else {
    out.push_back(static_cast<char16_t>(cp));
  }
}

// Appends the UTF-8 bytes of code point `cp` (must not be a surrogate).
inline void AppendUtf8CodePoint(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_UTF_H_
