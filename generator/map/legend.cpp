// The colour legend under the map: every colour value in use with its marker, the
// "no colour" marker if needed, and what the dashed "+N meer" mark means. Items flow
// left to right and wrap, so a site with many themes gets more legend lines, not a
// wider map.
#include <string>
#include <vector>

#include "map/palette.h"
#include "map/render.h"
#include "map/svg_writer.h"
#include "map/text_measure.h"

namespace leernet::map {
namespace {

constexpr int kItemHeight = 22;
constexpr int kItemSpacing = 22;  // between one item's text and the next marker
constexpr int kMarkerWidth = 16;
constexpr int kTextGap = 6;
constexpr int kLeft = 12;
constexpr int kMoreSampleWidth = 40;

struct LegendItem {
  int slot = kNoColor;  // marker to draw
  bool more = false;    // draw a sample overflow mark instead of a marker
  std::string label;
};

}  // namespace

int AppendLegend(std::string& out, const MapInput& input, const ColorSlots& slots, int y, int width, bool with_more) {
  std::vector<LegendItem> items;
  for (size_t s = 0; s < slots.used_colors.size(); ++s) {
    items.push_back({static_cast<int>(s), false, input.colors[slots.used_colors[s]].label});
  }
  if (slots.any_without_color) items.push_back({kNoColor, false, input.strings.no_color});
  if (with_more) items.push_back({kNoColor, true, input.strings.more_legend});

  out += "<g class=\"legend\">";
  int line_y = y;
  if (!input.color_label.empty()) {
    out += "<text";
    AppendAttr(out, "x", kLeft);
    AppendAttr(out, "y", y + 15);
    out += " class=\"h\">";
    AppendEscaped(out, input.color_label);
    out += "</text>";
    line_y += kItemHeight;
  }
  out += '\n';
  int x = kLeft;
  const int max_text = width - 2 * kLeft - kMoreSampleWidth - kTextGap;
  for (const LegendItem& item : items) {
    const int sample = item.more ? kMoreSampleWidth : kMarkerWidth;
    const std::string label = TruncateToWidth(item.label, max_text, kMarkFont);
    const int item_width = sample + kTextGap + TextWidth(label, kMarkFont);
    if (x > kLeft && x + item_width > width - kLeft) {
      x = kLeft;
      line_y += kItemHeight;
    }
    if (item.more) {
      // A miniature of the overflow mark, drawn with the same classes so it looks alike.
      out += "<g class=\"more\">";
      AppendRectStart(out, x, line_y + 2, kMoreSampleWidth, kItemHeight - 4);
      out += " class=\"chip\"/>";
      out += "<text";
      AppendAttr(out, "x", x + 6);
      AppendAttr(out, "y", line_y + 15);
      out += ">+N</text></g>";
    } else {
      AppendMarker(out, SwatchForSlot(item.slot), x + kMarkerWidth / 2, line_y + kItemHeight / 2);
    }
    out += "<text";
    AppendAttr(out, "x", x + sample + kTextGap);
    AppendAttr(out, "y", line_y + 15);
    out += '>';
    AppendEscaped(out, label);
    out += "</text>\n";
    x += item_width + kItemSpacing;
  }
  out += "</g>\n";
  return line_y + kItemHeight + 8 - y;
}

}  // namespace leernet::map
