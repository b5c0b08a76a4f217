#include "search/utf.h"

namespace leernet::search {

void AppendUtf16FromUtf8(std::string_view utf8, std::u16string& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b0 = s[i];
    if (b0 < 0x80) {
      out.push_back(b0);
      ++i;
      continue;
    }
    // Number of continuation bytes and the allowed range of the first one;
    // the narrowed ranges reject overlong forms and surrogates (Unicode
    // table 3-7), which is what makes "maximal subpart" replacement work.
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      cp = b0 & 0x0F;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      cp = b0 & 0x07;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    } else {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (size_t k = 0; k < need; ++k, ++j) {
      if (j >= n || s[j] < lo || s[j] > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (s[j] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }
    if (!ok) {
      out.push_back(0xFFFD);
      i = j;
      continue;
    }
    AppendUtf16CodePoint(cp, out);
    i = j;
  }
}

void AppendUtf8FromUtf16(std::u16string_view utf16, std::string& out) {
  const size_t n = utf16.size();
  for (size_t i = 0; i < n; ++i) {
    const char16_t c = utf16[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (IsHighSurrogate(c) && i + 1 < n && IsLowSurrogate(utf16[i + 1])) {
      const char32_t cp =
          0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      AppendUtf8CodePoint(cp, out);
      ++i;
    } else if (IsHighSurrogate(c) || IsLowSurrogate(c)) {
      AppendUtf8CodePoint(0xFFFD, out);
    } else {
      AppendUtf8CodePoint(c, out);
    }
  }
}

}  // namespace leernet::search
