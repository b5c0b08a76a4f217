// The phone arrangement of the map: a matrix does not fit 390 px, so each column becomes a
// section (muted columns last), listing its rows with their networks one below the other.
#include <algorithm>

#include "map/layout.h"

namespace leernet::map {
namespace {

constexpr int kSectionHeaderHeight = 30;
constexpr int kSectionGap = 10;
constexpr int kLabelLineHeight = 16;
constexpr int kLabelLines = 2;

}  // namespace

MapLayout ComputeNarrowLayout(const MapInput& input, const std::vector<MapCell>& cells) {
  MapLayout layout;
  layout.width = kNarrowWidth;
  layout.caption = input.columns_label;
  layout.caption_x = kCellPadding;
  const size_t rows = input.rows.size();
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
    for (size_t r = 0; r < rows; ++r) {
      const MapCell& cell = cells[r * columns + c];
      if (cell.networks.empty()) continue;
      CellBox box;
      box.cell = r * columns + c;
      box.muted = muted;
      box.y = y;
      box.width = kNarrowWidth;
      box.label_lines = WrapToWidth(input.rows[r].label, kNarrowWidth - 2 * kCellPadding, kHeaderFont, kLabelLines);
      FlowMarks(input, cell, 1, static_cast<int>(box.label_lines.size()) * kLabelLineHeight + 2, box);
      y += box.height;
      layout.any_hidden = layout.any_hidden || box.hidden > 0;
      layout.boxes.push_back(std::move(box));
    }
    y += kSectionGap;
  }
  layout.height = y;
  return layout;
}

}  // namespace leernet::map
