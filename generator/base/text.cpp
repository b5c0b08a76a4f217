#include "base/text.h"

#include <cctype>

namespace leernet {

Position PositionOfOffset(std::string_view text, size_t offset) {
  Position pos{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

std::optional<Position> FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = 0;
    unsigned int cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return PositionOfOffset(text, i);
    }
    if (i + len > n) return PositionOfOffset(text, i);
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return PositionOfOffset(text, i);
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return PositionOfOffset(text, i);
    i += len;
  }
  return std::nullopt;
}

std::optional<size_t> FindControlCharacter(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
  }
  return std::nullopt;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char prev = 0;
  for (char c : slug) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

std::string_view MarkupEntity(char c, std::string_view apostrophe) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return apostrophe;
    default:
      return {};
  }
}

void AppendEscapedMarkup(std::string& out, std::string_view text, std::string_view apostrophe) {
  out.reserve(out.size() + text.size() + text.size() / 8);
  for (char c : text) {
    const std::string_view entity = MarkupEntity(c, apostrophe);
    if (entity.empty()) {
      out += c;
    } else {
      out += entity;
    }
  }
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  AppendEscapedMarkup(out, text);
  return out;
}

std::string TruncateUtf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > cut / 2) cut = space;
  return std::string(text.substr(0, cut));
}

bool IsSafeUrl(std::string_view url) {
  // Browsers ignore control characters and spaces inside a scheme, so judge the URL without them.
  std::string compact;
  for (char c : url) {
    if (static_cast<unsigned char>(c) > 0x20) compact += c;
  }
  std::string lower;
  for (char c : compact) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t colon = lower.find(':');
  size_t first_sep = lower.find_first_of("/?#");
  if (colon == std::string::npos || (first_sep != std::string::npos && first_sep < colon)) return true;
  std::string scheme = lower.substr(0, colon);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace leernet
