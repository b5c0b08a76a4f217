// Estimating how wide a label will be, so titles can be truncated or wrapped before they
// run into the next mark. SVG text cannot wrap by itself and the generator has no font
// rasteriser, so widths come from Arial's advance widths; the map's style asks for Arial
// or its metric twin Liberation Sans first, which keeps estimate and rendering close.
#ifndef LEERNET_MAP_TEXT_MEASURE_H_
#define LEERNET_MAP_TEXT_MEASURE_H_

#include <string>
#include <string_view>
#include <vector>

namespace leernet::map {

struct Font {
  int size = 12;  // px
  bool bold = false;
};

// Estimated advance width in px, rounded up, with a small safety margin for fallback fonts.
int TextWidth(std::string_view text, Font font);

// `text` if it fits in `max_width`, otherwise the longest prefix (cut at a code point,
// trailing spaces dropped) followed by "…" that fits. Empty if not even "…" fits.
std::string TruncateToWidth(std::string_view text, int max_width, Font font);

// Breaks `text` at spaces into at most `max_lines` lines of at most `max_width`; a word
// longer than a line, or text left over after the last line, is truncated with "…".
std::vector<std::string> WrapToWidth(std::string_view text, int max_width, Font font,
                                     int max_lines);

}  // namespace leernet::map

#endif  // LEERNET_MAP_TEXT_MEASURE_H_
