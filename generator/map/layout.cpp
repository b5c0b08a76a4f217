#include "map/layout.h"

#include <algorithm>

#include "map/svg_writer.h"

namespace leernet::map {
namespace {

constexpr int kRowLabelLines = 3;
constexpr int kHeaderLineHeight = 16;
constexpr int kHeaderTextInset = 10;  // left inset of row header text
constexpr int kBandGap = 16;          // between the grid and a muted band
constexpr int kBandHeaderHeight = 30;

int ChipTextWidth(int slot_width) { return slot_width - kMarkTextX - kMarkTextRight; }

// Column widths that fit `available`: each column asks for what its widest title needs on
// one line; when the asks do not fit, the widest are cut down to a common cap (their titles
// wrap), never below the column's floor (its longest word), so no word is ever cut. If even
// the floors do not fit, the map is wider than asked and the page scales it down.
std::vector<int> FitColumns(const std::vector<int>& needs, const std::vector<int>& floors, int available) {
  const auto total = [&](int cap) {
    int sum = 0;
    for (size_t i = 0; i < needs.size(); ++i) sum += std::max(floors[i], std::min(needs[i], cap));
    return sum;
  };
  int low = kMinColumnWidth, high = kMaxColumnWidth;
  while (low < high) {  // the largest cap whose total still fits
    const int cap = (low + high + 1) / 2;
    if (total(cap) <= available) {
      low = cap;
    } else {
      high = cap - 1;
    }
  }
  std::vector<int> widths;
  for (size_t i = 0; i < needs.size(); ++i) widths.push_back(std::max(floors[i], std::min(needs[i], low)));
  return widths;
}

// Width of the longest word of `text`.
int LongestWord(std::string_view text, Font font) {
  int widest = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    widest = std::max(widest, TextWidth(text.substr(start, end - start), font));
    start = end + 1;
  }
  return widest;
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

size_t ColumnCount(const std::vector<MapCell>& cells, size_t columns, size_t c) {
  std::vector<size_t> members;
  for (size_t i = c; i < cells.size(); i += columns) {
    members.insert(members.end(), cells[i].networks.begin(), cells[i].networks.end());
  }
  std::sort(members.begin(), members.end());
  return static_cast<size_t>(std::unique(members.begin(), members.end()) - members.begin());
}

void FlowMarks(const MapInput& input, const MapCell& cell, int slots, int top, CellBox& box) {
  const int inner_x = box.x + kCellPadding;
  const int slot_width = (box.width - 2 * kCellPadding - (slots - 1) * kMarkGap) / slots;
  const size_t limit = static_cast<size_t>(kMaxMarksPerCell);
  const size_t shown = cell.networks.size() <= limit ? cell.networks.size() : limit - 1;
  box.hidden = cell.networks.size() - shown;
  const size_t items = shown + (box.hidden > 0 ? 1 : 0);
  int y = box.y + top + kCellPadding;
  for (size_t start = 0; start < items; start += static_cast<size_t>(slots)) {
    int line_height = MarkHeight(1);
    const size_t end = std::min(items, start + static_cast<size_t>(slots));
    for (size_t i = start; i < end; ++i) {
      const int x = inner_x + static_cast<int>(i - start) * (slot_width + kMarkGap);
      if (i == shown) {
        box.more_x = x;
        box.more_y = y;
        box.more_width = slot_width;
        continue;
      }
      PlacedMark mark{cell.networks[i], x, y, slot_width, {}};
      mark.lines = WrapToWidth(input.networks[mark.network].title, ChipTextWidth(slot_width), kMarkFont, kMarkMaxLines);
      line_height = std::max(line_height, MarkHeight(static_cast<int>(mark.lines.size())));
      box.marks.push_back(std::move(mark));
    }
    y += line_height + kMarkGap;
  }
  box.height = (items == 0 ? box.y + top + kCellPadding : y - kMarkGap) + kCellPadding - box.y;
}

int StackColumnRows(const MapInput& input, const std::vector<MapCell>& cells, size_t c, int y, int width, int slots,
                    int label_lines, MapLayout& layout) {
  const size_t columns = input.columns.size();
  const int label_width = width - 2 * kCellPadding;
  for (size_t r = 0; r < input.rows.size(); ++r) {
    const MapCell& cell = cells[r * columns + c];
    if (cell.networks.empty()) continue;
    CellBox box;
    box.cell = r * columns + c;
    box.muted = input.columns[c].muted;
    box.y = y;
    box.width = width;
    const std::string& label = input.rows[r].label;
    box.label_lines = label_lines == 1 ? std::vector<std::string>{TruncateToWidth(label, label_width, kHeaderFont)}
                                       : WrapToWidth(label, label_width, kHeaderFont, label_lines);
    FlowMarks(input, cell, slots, static_cast<int>(box.label_lines.size()) * kCellLabelLineHeight + 2, box);
    y += box.height;
    layout.boxes.push_back(std::move(box));
  }
  return y;
}

MapLayout ComputeLayout(const MapInput& input, const std::vector<MapCell>& cells) {
  MapLayout layout;
  const size_t rows = input.rows.size();
  const size_t columns = input.columns.size();
  std::vector<size_t> grid, band;
  for (size_t c = 0; c < columns; ++c) (input.columns[c].muted ? band : grid).push_back(c);

  // Columns first: each as wide as its widest title needs on one line, within bounds and
  // within the map's width; titles wrap in the columns that had to give way.
  const int chrome = 2 * kCellPadding + kMarkTextX + kMarkTextRight;
  std::vector<int> needs, floors;
  for (const size_t c : grid) {
    int need = std::max(TextWidth(input.columns[c].label, kHeaderFont),
                        TextWidth(CountText(input, ColumnCount(cells, columns, c)), kSmallFont)) +
               2 * kCellPadding;
    int floor = kMinColumnWidth;
    for (size_t r = 0; r < rows; ++r) {
      for (const size_t n : cells[r * columns + c].networks) {
        need = std::max(need, TextWidth(input.networks[n].title, kMarkFont) + chrome);
        floor = std::max(floor, LongestWord(input.networks[n].title, kMarkFont) + chrome);
      }
    }
    needs.push_back(std::clamp(need, kMinColumnWidth, kMaxColumnWidth));
    floors.push_back(std::min(floor, kMaxColumnWidth));
  }
  const std::vector<int> widths = FitColumns(needs, floors, kMapWidth - kRowHeaderWidth);
  layout.caption = input.columns_label;
  layout.caption_x = kRowHeaderWidth + kCellPadding;
  layout.rows_caption = input.rows_label;
  layout.rows_caption_y = kCaptionHeight + 26;
  int x = kRowHeaderWidth;
  std::vector<int> column_x;
  for (size_t g = 0; g < grid.size(); ++g) {
    const size_t c = grid[g];
    HeaderBox head{input.columns[c].key,
                   false,
                   false,
                   x + 1,
                   kCaptionHeight,
                   widths[g] - 2,
                   kColumnHeaderHeight - 2,
                   {TruncateToWidth(input.columns[c].label, widths[g] - 2 * kCellPadding, kHeaderFont)},
                   CountText(input, ColumnCount(cells, columns, c)),
                   false};
    layout.headers.push_back(std::move(head));
    column_x.push_back(x);
    x += widths[g];
  }
  layout.width = std::max(x, kRowHeaderWidth + kMinColumnWidth);

  // Rows: as tall as the fullest cell or the header, whichever needs more.
  int y = kCaptionHeight + kColumnHeaderHeight;
  for (size_t r = 0; r < rows; ++r) {
    size_t count = 0;  // cells of a row are disjoint: a network has one column
    for (size_t c = 0; c < columns; ++c) count += cells[r * columns + c].networks.size();
    HeaderBox head{
        input.rows[r].key,
        true,
        false,
        0,
        y + 1,
        kRowHeaderWidth - 1,
        0,
        WrapToWidth(input.rows[r].label, kRowHeaderWidth - 2 * kHeaderTextInset, kHeaderFont, kRowLabelLines),
        CountText(input, count),
        false};
    int height = 2 * kCellPadding + static_cast<int>(head.lines.size() + 1) * kHeaderLineHeight;
    height = std::max(height, MarkHeight(1) + 2 * kCellPadding);
    const size_t first_box = layout.boxes.size();
    for (size_t g = 0; g < grid.size(); ++g) {
      CellBox box;
      box.cell = r * columns + grid[g];
      box.x = column_x[g];
      box.y = y;
      box.width = widths[g];
      FlowMarks(input, cells[box.cell], 1, 0, box);
      height = std::max(height, box.height);
      layout.boxes.push_back(std::move(box));
    }
    for (size_t b = first_box; b < layout.boxes.size(); ++b) layout.boxes[b].height = height;
    head.height = height - 2;
    layout.headers.push_back(std::move(head));
    y += height;
  }

  // Muted columns ("reach unknown") below the grid, full width, marks side by side: every
  // network stays on the map without that column outgrowing the columns that say something.
  for (const size_t c : band) {
    y += kBandGap;
    layout.headers.push_back(HeaderBox{input.columns[c].key,
                                       false,
                                       true,
                                       0,
                                       y,
                                       layout.width,
                                       kBandHeaderHeight,
                                       {Concat({input.columns_label, ": ", input.columns[c].label})},
                                       CountText(input, ColumnCount(cells, columns, c)),
                                       true});
    y += kBandHeaderHeight;
    const int slots = std::max(1, (layout.width - 2 * kCellPadding + kMarkGap) / (kBandSlotWidth + kMarkGap));
    y = StackColumnRows(input, cells, c, y, layout.width, slots, 1, layout);
  }
  layout.height = y;
  for (const CellBox& box : layout.boxes) layout.any_hidden = layout.any_hidden || box.hidden > 0;
  return layout;
}

}  // namespace leernet::map
