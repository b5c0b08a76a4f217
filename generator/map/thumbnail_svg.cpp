// The home page thumbnail: the same rows and columns as the map, without text, each
// network a coloured dot. It is a picture of the map, not a way to navigate, so it is a
// single image (role="img") named by its <title> and <desc>.
#include <algorithm>
#include <string>
#include <vector>

#include "map/palette.h"
#include "map/render.h"
#include "map/svg_writer.h"

namespace leernet::map {
namespace {

constexpr int kCellWidth = 48;
constexpr int kCellHeight = 26;
constexpr int kDotPitch = 8;
constexpr int kDotRadius = 3;
constexpr int kInset = 5;
constexpr int kDotColumns = (kCellWidth - 2 * kInset) / kDotPitch;
constexpr int kDotRows = (kCellHeight - 2 * kInset) / kDotPitch;
constexpr size_t kDotsPerCell = static_cast<size_t>(kDotColumns * kDotRows);

// Slots of the dots to draw for a cell, sorted so equal colours sit together. A crowded
// cell gets an evenly spaced sample, which keeps the colour proportions of the cell.
std::vector<int> DotSlots(const MapCell& cell, const ColorSlots& slots) {
  std::vector<int> all;
  all.reserve(cell.networks.size());
  for (const size_t n : cell.networks) all.push_back(slots.network_slot[n]);
  // kNoColor (-1) sorts first; move it last so the coloured dots lead.
  std::stable_sort(all.begin(), all.end(), [](int a, int b) {
    const auto key = [](int s) { return s == kNoColor ? 1 << 30 : s; };
    return key(a) < key(b);
  });
  if (all.size() <= kDotsPerCell) return all;
  std::vector<int> sample;
  for (size_t i = 0; i < kDotsPerCell; ++i) sample.push_back(all[i * all.size() / kDotsPerCell]);
  return sample;
}

}  // namespace

std::string RenderThumbnailSvg(const MapInput& input, const std::vector<MapCell>& cells,
                               const ColorSlots& slots) {
  const size_t columns = input.columns.size();
  const int width = std::max(1, static_cast<int>(columns) * kCellWidth);
  const int height = std::max(1, static_cast<int>(input.rows.size()) * kCellHeight);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"leernet-map-thumb\"";
  AppendAttr(out, "width", width);
  AppendAttr(out, "height", height);
  AppendViewBox(out, width, height);
  out +=
      " role=\"img\" aria-labelledby=\"leernet-thumb-title\""
      " aria-describedby=\"leernet-thumb-desc\">\n";
  out += "<title id=\"leernet-thumb-title\">";
  AppendEscaped(out, input.title);
  out += "</title>\n<desc id=\"leernet-thumb-desc\">";
  AppendEscaped(out, input.description);
  out += "</desc>\n";
  AppendRectStart(out, 0, 0, width, height);
  out += " fill=\"#FFFFFF\"/>\n";
  for (size_t i = 0; i < cells.size(); ++i) {
    const int x = static_cast<int>(i % columns) * kCellWidth;
    const int y = static_cast<int>(i / columns) * kCellHeight;
    AppendRectStart(out, x + 1, y + 1, kCellWidth - 2, kCellHeight - 2);
    AppendAttr(out, "fill", kCellBackground);
    out += "/>";
    const std::vector<int> dots = DotSlots(cells[i], slots);
    for (size_t d = 0; d < dots.size(); ++d) {
      const int cx = x + kInset + kDotRadius + 1 + static_cast<int>(d) % kDotColumns * kDotPitch;
      const int cy = y + kInset + kDotRadius + 1 + static_cast<int>(d) / kDotColumns * kDotPitch;
      const Swatch swatch = SwatchForSlot(dots[d]);
      out += "<circle";
      AppendAttr(out, "cx", cx);
      AppendAttr(out, "cy", cy);
      AppendAttr(out, "r", kDotRadius);
      if (dots[d] == kNoColor) {
        // Hollow, as in the map's legend.
        out += " fill=\"#FFFFFF\"";
        AppendAttr(out, "stroke", swatch.color);
      } else {
        AppendAttr(out, "fill", swatch.color);
      }
      out += "/>";
    }
    out += '\n';
  }
  out += "</svg>\n";
  return out;
}

}  // namespace leernet::map
