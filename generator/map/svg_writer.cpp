#include "map/svg_writer.h"

#include <cstdint>

#include "base/text.h"

namespace leernet::map {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF included).
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
  const uint8_t lead = byte(i);
  size_t length = 0;
  uint32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
    code_point = (code_point << 6) | (byte(i + k) & 0x3Fu);
  }
  const bool overlong =
      (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  // U+FFFE and U+FFFF are not XML characters either.
  const bool non_character = code_point == 0xFFFE || code_point == 0xFFFF;
  if (overlong || surrogate || non_character || code_point > 0x10FFFF) return 0;
  return length;
}

}  // namespace

void AppendEscaped(std::string& out, std::string_view text) {
  out.reserve(out.size() + text.size());
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const auto byte = static_cast<uint8_t>(c);
    if (byte < 0x80) {
      const std::string_view entity = MarkupEntity(c);
      if (!entity.empty()) {
        out += entity;
      } else if (c == '\t' || c == '\n' || c == '\r') {
        // Attribute values normalise these to spaces anyway; writing a space keeps the
        // text and attribute forms identical.
        out += ' ';
      } else if (byte < 0x20 || byte == 0x7F) {
        out += kReplacement;
      } else {
        out += c;
      }
      ++i;
      continue;
    }
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
}

std::string EscapeXml(std::string_view text) {
  std::string out;
  AppendEscaped(out, text);
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<uint8_t>(c);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

std::string Concat(std::initializer_list<std::string_view> parts) {
  size_t size = 0;
  for (const std::string_view part : parts) size += part.size();
  std::string out;
  out.reserve(size);
  for (const std::string_view part : parts) out.append(part);
  return out;
}

void AppendViewBox(std::string& out, int width, int height) {
  out += " viewBox=\"0 0 ";
  out += std::to_string(width);
  out += ' ';
  out += std::to_string(height);
  out += '"';
}

void AppendAttr(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out.append(name);
  out += "=\"";
  AppendEscaped(out, value);
  out += '"';
}

void AppendAttr(std::string& out, std::string_view name, int value) {
  out += ' ';
  out.append(name);
  out += "=\"";
  out += std::to_string(value);
  out += '"';
}

void AppendRectStart(std::string& out, int x, int y, int width, int height) {
  out += "<rect";
  AppendAttr(out, "x", x);
  AppendAttr(out, "y", y);
  AppendAttr(out, "width", width);
  AppendAttr(out, "height", height);
}

}  // namespace leernet::map
