#include "map/text_measure.h"

#include <cstdint>

namespace leernet::map {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // "…"

// Arial / Helvetica advance widths in 1/1000 em for ASCII 32..126.
// clang-format off
constexpr int kAsciiWidths[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // p..~
// clang-format on

// Byte length of the code point starting at text[i]; invalid bytes count as one, the
// escaper replaces them later.
size_t CodePointLength(std::string_view text, size_t i) {
  const auto lead = static_cast<uint8_t>(text[i]);
  size_t length = 1;
  if (lead >= 0xF0) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC0) {
    length = 2;
  }
  if (i + length > text.size()) return 1;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<uint8_t>(text[i + k]) & 0xC0u) != 0x80u) return 1;
  }
  return length;
}

// Width in 1/1000 em of the code point at text[i] (of byte length `length`).
int CodePointUnits(std::string_view text, size_t i, size_t length) {
  const auto lead = static_cast<uint8_t>(text[i]);
  if (length == 1) {
    return (lead >= 32 && lead <= 126) ? kAsciiWidths[lead - 32] : 556;
  }
  if (text.substr(i, length) == kEllipsis) return 1000;
  // Three- and four-byte sequences start at U+0800; from U+1100 on most scripts in use
  // (CJK, emoji) are full width. Latin letters with accents are two bytes.
  if (length >= 3 && lead >= 0xE1) return 1000;
  return 600;
}

int64_t Units(std::string_view text) {
  int64_t units = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t length = CodePointLength(text, i);
    units += CodePointUnits(text, i, length);
    i += length;
  }
  return units;
}

// Converts 1/1000 em to px, rounding up. Bold Arial runs about 8% wider; the extra 3%
// covers fallback fonts (DejaVu Sans is wider than Arial) without wasting much room.
int UnitsToPx(int64_t units, Font font) {
  const int64_t percent = font.bold ? 111 : 103;
  const int64_t scaled = units * font.size * percent;
  return static_cast<int>((scaled + 99999) / 100000);
}

// line + " " + word, without operator+ chains (g++ 12 -Wrestrict false positives).
std::string Joined(std::string_view line, std::string_view word) {
  std::string out;
  out.reserve(line.size() + 1 + word.size());
  out.append(line);
  out += ' ';
  out.append(word);
  return out;
}

}  // namespace

int TextWidth(std::string_view text, Font font) { return UnitsToPx(Units(text), font); }

std::string TruncateToWidth(std::string_view text, int max_width, Font font) {
  if (TextWidth(text, font) <= max_width) return std::string(text);
  const int64_t ellipsis_units = 1000;
  if (UnitsToPx(ellipsis_units, font) > max_width) return "";
  // Walk code points while prefix + "…" still fits.
  size_t fit = 0;
  int64_t units = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t length = CodePointLength(text, i);
    units += CodePointUnits(text, i, length);
    if (UnitsToPx(units + ellipsis_units, font) > max_width) break;
    i += length;
    fit = i;
  }
  std::string out(text.substr(0, fit));
  // Cut at a word boundary, and before an unclosed bracket, so that the visible text stays a
  // run of whole words of the full title: assistive technology matches the two.
  size_t open = out.rfind('(');
  if (open != std::string::npos && out.find(')', open) == std::string::npos) out.erase(open);
  if (fit < text.size() && text[fit] != ' ') {
    size_t space = out.rfind(' ');
    if (space != std::string::npos && space > 0) out.erase(space);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += kEllipsis;
  return out;
}

std::vector<std::string> WrapToWidth(std::string_view text, int max_width, Font font,
                                     int max_lines) {
  std::vector<std::string> words;
  for (size_t i = 0; i < text.size();) {
    const size_t space = text.find(' ', i);
    const size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > i) words.emplace_back(text.substr(i, end - i));
    i = end + 1;
  }
  std::vector<std::string> lines;
  if (max_lines <= 0) return lines;
  size_t w = 0;
  while (w < words.size()) {
    std::string line = words[w++];
    while (w < words.size() && TextWidth(Joined(line, words[w]), font) <= max_width) {
      line = Joined(line, words[w++]);
    }
    if (static_cast<int>(lines.size()) + 1 == max_lines && w < words.size()) {
      // Last allowed line: put the rest on it and let truncation add the ellipsis.
      // The greedy loop stopped because the next word does not fit, so this always ends
      // in "…".
      for (; w < words.size(); ++w) line = Joined(line, words[w]);
      lines.push_back(TruncateToWidth(line, max_width, font));
      break;
    }
    lines.push_back(TruncateToWidth(line, max_width, font));
  }
  return lines;
}

}  // namespace leernet::map
