// The phone arrangement of the map: a matrix does not fit 390 px, so each column becomes a
// section (muted columns last), listing its rows with their networks one below the other.
#include <algorithm>

#include "map/layout.h"

namespace leernet::map {
namespace {

constexpr int kSectionHeaderHeight = 30;
constexpr int kSectionGap = 10;
constexpr int kLabelLines = 2;

}  // namespace

MapLayout ComputeNarrowLayout(const MapInput& input, const std::vector<MapCell>& cells) {
  MapLayout layout;
  layout.width = kNarrowWidth;
  layout.caption = input.columns_label;
  layout.caption_x = kCellPadding;
  const size_t columns = input.columns.size();
  std::vector<size_t> order;
  for (const bool muted : {false, true}) {
    for (size_t c = 0; c < columns; ++c) {
      if (input.columns[c].muted == muted) order.push_back(c);
    }
  }
  int y = kCaptionHeight;
  for (const size_t c : order) {
    const bool muted = input.columns[c].muted;
    layout.headers.push_back(HeaderBox{input.columns[c].key,
                                       false,
                                       muted,
                                       0,
                                       y,
                                       kNarrowWidth,
                                       kSectionHeaderHeight,
                                       {TruncateToWidth(input.columns[c].label, kNarrowWidth / 2, kHeaderFont)},
                                       CountText(input, ColumnCount(cells, columns, c)),
                                       true});
    y += kSectionHeaderHeight;
    y = StackColumnRows(input, cells, c, y, kNarrowWidth, 1, kLabelLines, layout);
    y += kSectionGap;
  }
  layout.height = y;
  for (const CellBox& box : layout.boxes) layout.any_hidden = layout.any_hidden || box.hidden > 0;
  return layout;
}

}  // namespace leernet::map
