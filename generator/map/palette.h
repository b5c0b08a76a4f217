// Colours and marker shapes for the colour facet. Colour is never the only cue: every
// colour value also gets its own shape, so the legend works in greyscale print and for
// readers who cannot tell the hues apart.
#ifndef LEERNET_MAP_PALETTE_H_
#define LEERNET_MAP_PALETTE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace leernet::map {

enum class Shape {
  kCircle,
  kSquare,
  kTriangleUp,
  kDiamond,
  kTriangleDown,
  kPlus,
  kCross,
  kStar,
  kRing,  // reserved for "no colour": hollow, so it reads as absence
};

struct Swatch {
  std::string_view color;  // "#RRGGBB"
  Shape shape;
};

// Text and chrome colours. Ink colours meet WCAG AA for text (4.5:1) on white and on the
// cell and header backgrounds; kGrid only separates cells and carries no information.
inline constexpr std::string_view kInk = "#1B1F24";
inline constexpr std::string_view kMutedInk = "#4A4F57";
inline constexpr std::string_view kCellBackground = "#F5F6F8";
inline constexpr std::string_view kHeaderBackground = "#E6E9EE";
inline constexpr std::string_view kGrid = "#C9CED6";
inline constexpr std::string_view kFocus = "#0B57D0";

inline constexpr size_t kPaletteSize = 8;

// Swatch of the index-th colour value. Colours and shapes cycle with the same period but
// shapes shift by one each round, so the first 64 values get distinct pairs.
Swatch SwatchFor(size_t index);
Swatch NoColorSwatch();

// The i-th palette colour, for tests that check contrast.
std::string_view PaletteColor(size_t i);

// WCAG 2 contrast ratio of two "#RRGGBB" colours (1 to 21).
double ContrastRatio(std::string_view color_a, std::string_view color_b);

// Appends the marker `swatch` centred on (cx, cy), about 14 px across.
void AppendMarker(std::string& out, Swatch swatch, int cx, int cy);

}  // namespace leernet::map

#endif  // LEERNET_MAP_PALETTE_H_
