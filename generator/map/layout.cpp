#include "map/layout.h"

#include <algorithm>

namespace leernet::map {
namespace {

constexpr int kRowLabelLines = 3;
constexpr int kHeaderLineHeight = 16;
constexpr int kHeaderTextInset = 12;  // left inset of row header text

int MarksHeight(int marks) { return marks * kMarkHeight + (marks - 1) * kMarkGap; }

// How many marks fit in a row of this height: derived from the geometry, not stored, so
// a row made taller by its header also gets room for more marks.
int CapacityForHeight(int height) {
  return std::max(1, (height - 2 * kCellPadding + kMarkGap) / (kMarkHeight + kMarkGap));
}

CellPlan PlanCell(const MapCell& cell, int capacity) {
  CellPlan plan;
  const auto fit = static_cast<size_t>(capacity);
  if (cell.networks.size() <= fit) {
    plan.shown = cell.networks;
    return plan;
  }
  // One slot goes to the overflow mark.
  plan.shown.assign(cell.networks.begin(), cell.networks.begin() + (capacity - 1));
  plan.hidden = cell.networks.size() - plan.shown.size();
  return plan;
}

}  // namespace

// Built with += rather than "+" + std::to_string(...): g++ 12 at -O2 reports a false
// -Wrestrict for operator+(const char*, std::string&&).
std::string MoreText(const MapInput& input, size_t hidden) {
  std::string text = "+";
  text += std::to_string(hidden);
  text += ' ';
  text += input.strings.more;
  return text;
}

std::string CountText(const MapInput& input, size_t count) {
  std::string text = std::to_string(count);
  text += ' ';
  text += count == 1 ? input.strings.network : input.strings.networks;
  return text;
}

MapLayout ComputeLayout(const MapInput& input, const std::vector<MapCell>& cells) {
  MapLayout layout;
  const size_t rows = input.rows.size();
  const size_t columns = input.columns.size();
  const int header_text_width = kRowHeaderWidth - 2 * kHeaderTextInset;

  // Rows first: their height fixes the capacity, which fixes which titles are drawn,
  // which in turn decides how wide the columns need to be.
  layout.grid_top = kCaptionHeight + kColumnHeaderHeight;
  int y = layout.grid_top;
  for (size_t r = 0; r < rows; ++r) {
    size_t most = 0;
    for (size_t c = 0; c < columns; ++c) {
      most = std::max(most, cells[r * columns + c].networks.size());
    }
    const int marks =
        static_cast<int>(std::clamp<size_t>(most, 1, static_cast<size_t>(kMaxMarksPerCell)));
    layout.row_label_lines.push_back(
        WrapToWidth(input.rows[r].label, header_text_width, kHeaderFont, kRowLabelLines));
    const int label_lines = static_cast<int>(layout.row_label_lines.back().size());
    // Header: label lines plus one line with the count.
    const int header_height = 2 * kCellPadding + (label_lines + 1) * kHeaderLineHeight;
    const int height = std::max(header_height, MarksHeight(marks) + 2 * kCellPadding);
    layout.row_y.push_back(y);
    layout.row_height.push_back(height);
    layout.row_capacity.push_back(CapacityForHeight(height));
    y += height;
  }
  layout.grid_bottom = y;

  layout.plans.reserve(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    layout.plans.push_back(PlanCell(cells[i], layout.row_capacity[i / columns]));
  }

  // Columns: as wide as the widest drawn label needs, within bounds, so a column of short
  // names does not waste room and one long name does not push the map off screen.
  int x = kRowHeaderWidth;
  const int chrome = 2 * kCellPadding + kMarkTextX + kMarkTextRight;
  for (size_t c = 0; c < columns; ++c) {
    int needed = TextWidth(input.columns[c].label, kHeaderFont) + 2 * kCellPadding;
    for (size_t r = 0; r < rows; ++r) {
      const CellPlan& plan = layout.plans[r * columns + c];
      for (const size_t n : plan.shown) {
        needed = std::max(needed, TextWidth(input.networks[n].title, kMarkFont) + chrome);
      }
      if (plan.hidden > 0) {
        needed = std::max(needed, TextWidth(MoreText(input, plan.hidden), kMarkFont) +
                                      2 * kCellPadding + 2 * kMarkTextRight);
      }
    }
    const int width = std::clamp(needed, kMinColumnWidth, kMaxColumnWidth);
    layout.column_x.push_back(x);
    layout.column_width.push_back(width);
    layout.column_labels.push_back(
        TruncateToWidth(input.columns[c].label, width - 2 * kCellPadding, kHeaderFont));
    x += width;
  }
  layout.width = x;
  return layout;
}

}  // namespace leernet::map
