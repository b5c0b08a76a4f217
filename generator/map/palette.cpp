#include "map/palette.h"

#include <array>
#include <cmath>
#include <tuple>

#include "map/svg_writer.h"

namespace leernet::map {
namespace {

// Hues after Okabe & Ito, darkened until each has at least 4.5:1 against white (WCAG asks
// 3:1 for graphics; the margin keeps them apart from the light cell background too).
constexpr std::array<std::string_view, kPaletteSize> kColors = {
    "#0072B2",  // blue
    "#C84F00",  // vermilion
    "#007A5C",  // bluish green
    "#B1377E",  // reddish purple
    "#8A6100",  // ochre
    "#5B4BB7",  // violet
    "#00788A",  // teal
    "#B3261E",  // red
};

// clang-format off
constexpr std::array<Shape, kPaletteSize> kShapes = {
    Shape::kCircle, Shape::kSquare, Shape::kTriangleUp, Shape::kDiamond,
    Shape::kTriangleDown, Shape::kPlus, Shape::kCross, Shape::kStar,
};
// clang-format on

constexpr std::string_view kNoColor = "#6B6B6B";

double Channel(std::string_view hex) {
  const auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
  };
  const double value = (digit(hex[0]) * 16 + digit(hex[1])) / 255.0;
  return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double Luminance(std::string_view color) {
  if (color.size() != 7 || color[0] != '#') return 0.0;
  return 0.2126 * Channel(color.substr(1, 2)) + 0.7152 * Channel(color.substr(3, 2)) +
         0.0722 * Channel(color.substr(5, 2));
}

// Writes a path from integer offsets around (cx, cy); shapes stay on whole pixels, which
// keeps the output platform independent and the edges crisp.
template <size_t N>
void AppendPolygon(std::string& out, int cx, int cy, const std::array<int, N>& offsets,
                   std::string_view color) {
  out += "<path d=\"";
  for (size_t i = 0; i < N; i += 2) {
    out += i == 0 ? "M" : "L";
    out += std::to_string(cx + offsets[i]);
    out += ' ';
    out += std::to_string(cy + offsets[i + 1]);
  }
  out += "Z\"";
  AppendAttr(out, "fill", color);
  out += "/>";
}

}  // namespace

Swatch SwatchFor(size_t index) {
  const size_t round = index / kPaletteSize;
  return Swatch{kColors[index % kPaletteSize], kShapes[(index + round) % kPaletteSize]};
}

Swatch NoColorSwatch() { return Swatch{kNoColor, Shape::kRing}; }

std::string_view PaletteColor(size_t i) { return kColors[i % kPaletteSize]; }

double ContrastRatio(std::string_view color_a, std::string_view color_b) {
  const double a = Luminance(color_a);
  const double b = Luminance(color_b);
  const double light = a > b ? a : b;
  const double dark = a > b ? b : a;
  return (light + 0.05) / (dark + 0.05);
}

void AppendMarker(std::string& out, Swatch swatch, int cx, int cy) {
  switch (swatch.shape) {
    case Shape::kCircle:
      out += "<circle";
      AppendAttr(out, "cx", cx);
      AppendAttr(out, "cy", cy);
      AppendAttr(out, "r", 6);
      AppendAttr(out, "fill", swatch.color);
      out += "/>";
      break;
    case Shape::kSquare:
      AppendRectStart(out, cx - 5, cy - 5, 11, 11);
      AppendAttr(out, "fill", swatch.color);
      out += "/>";
      break;
    // Offsets below read as x, y pairs; keep them paired.
    // clang-format off
    case Shape::kTriangleUp:
      AppendPolygon(out, cx, cy, std::array<int, 6>{-7, 6, 0, -7, 7, 6}, swatch.color);
      break;
    case Shape::kDiamond:
      AppendPolygon(out, cx, cy, std::array<int, 8>{0, -7, 7, 0, 0, 7, -7, 0}, swatch.color);
      break;
    case Shape::kTriangleDown:
      AppendPolygon(out, cx, cy, std::array<int, 6>{-7, -6, 7, -6, 0, 7}, swatch.color);
      break;
    case Shape::kPlus:
      AppendPolygon(out, cx, cy,
                    std::array<int, 24>{-2, -7, 2, -7, 2, -2, 7, -2, 7, 2, 2, 2,
                                        2, 7, -2, 7, -2, 2, -7, 2, -7, -2, -2, -2},
                    swatch.color);
      break;
    case Shape::kCross:
      // A plus turned 45 degrees, as a thick stroke so it stays on whole pixels.
      out += "<path d=\"";
      for (const auto& [command, dx, dy] : {std::tuple{'M', -5, -5}, std::tuple{'L', 5, 5},
                                           std::tuple{'M', 5, -5}, std::tuple{'L', -5, 5}}) {
        out += command;
        out += std::to_string(cx + dx);
        out += ' ';
        out += std::to_string(cy + dy);
      }
      out += '"';
      AppendAttr(out, "stroke", swatch.color);
      AppendAttr(out, "stroke-width", 4);
      out += "/>";
      break;
    case Shape::kStar:
      AppendPolygon(out, cx, cy,
                    std::array<int, 20>{0, -8, 2, -3, 7, -3, 3, 1, 5, 7,
                                        0, 3, -5, 7, -3, 1, -7, -3, -2, -3},
                    swatch.color);
      break;
    // clang-format on
    case Shape::kRing:
      out += "<circle";
      AppendAttr(out, "cx", cx);
      AppendAttr(out, "cy", cy);
      AppendAttr(out, "r", 5);
      // The ring is the "no colour" marker, the most common one on a map of many untagged
      // networks: its paint sits in the map's style (.nc) to keep the page small.
      AppendAttr(out, "class", "nc");
      out += "/>";
      break;
  }
}

}  // namespace leernet::map
