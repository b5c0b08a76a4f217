// Geometry of the full map: where each row, column and mark goes and how many marks fit
// in a cell. Kept apart from SVG writing so the numbers can be reasoned about (and
// tested) without parsing markup.
#ifndef LEERNET_MAP_LAYOUT_H_
#define LEERNET_MAP_LAYOUT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "map/overview_map.h"
#include "map/text_measure.h"

namespace leernet::map {

// All sizes in px. Marks are one line high so a cell's capacity is a simple division;
// long titles are truncated instead of wrapped, the full title stays in the accessible
// name and tooltip.
inline constexpr int kMarkHeight = 22;
inline constexpr int kMarkGap = 4;
inline constexpr int kCellPadding = 8;
// A cell never grows beyond this many marks; more networks collapse into "+N meer".
// Eight keeps the tallest row under about 230 px, so six types fit on a laptop screen.
inline constexpr int kMaxMarksPerCell = 8;
inline constexpr int kMinColumnWidth = 150;
inline constexpr int kMaxColumnWidth = 240;
inline constexpr int kRowHeaderWidth = 170;
inline constexpr int kCaptionHeight = 26;       // band with the column axis label
inline constexpr int kColumnHeaderHeight = 44;  // column label and count
inline constexpr int kMarkerCenterX = 13;       // marker centre from the mark's left edge
inline constexpr int kMarkTextX = 26;           // label start from the mark's left edge
inline constexpr int kMarkTextRight = 8;        // room kept right of the label

inline constexpr Font kMarkFont{12, false};
inline constexpr Font kHeaderFont{13, true};
inline constexpr Font kSmallFont{11, false};

// What one cell shows: the first `shown` members (in input order) and, if `hidden` > 0,
// a "+hidden meer" mark after them.
struct CellPlan {
  std::vector<size_t> shown;  // indexes into MapInput::networks
  size_t hidden = 0;
};

struct MapLayout {
  int width = 0;
  int grid_top = 0;     // y of the first row
  int grid_bottom = 0;  // y below the last row
  std::vector<int> column_x, column_width;
  std::vector<int> row_y, row_height;
  // Marks that fit in each cell of the row.
  std::vector<int> row_capacity;
  std::vector<std::vector<std::string>> row_label_lines;  // wrapped row headers
  std::vector<std::string> column_labels;                 // fitted column headers
  std::vector<CellPlan> plans;                            // row-major, like the cells
};

MapLayout ComputeLayout(const MapInput& input, const std::vector<MapCell>& cells);

// Text of the overflow mark, e.g. "+12 meer".
std::string MoreText(const MapInput& input, size_t hidden);

// "1 netwerk" / "12 netwerken".
std::string CountText(const MapInput& input, size_t count);

}  // namespace leernet::map

#endif  // LEERNET_MAP_LAYOUT_H_
