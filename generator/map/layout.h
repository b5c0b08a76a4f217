// Geometry of the full map: where each header, cell and mark goes. Kept apart from SVG
// writing so the numbers can be reasoned about (and tested) without parsing markup.
//
// Two arrangements share one description: the wide map (a matrix of rows by columns, with
// muted columns such as "reach unknown" moved into a band below it) and the narrow map for
// phones (one section per column, stacked). The writer draws either without knowing which.
#ifndef LEERNET_MAP_LAYOUT_H_
#define LEERNET_MAP_LAYOUT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "map/overview_map.h"
#include "map/text_measure.h"

namespace leernet::map {

// All sizes in px. A mark is one to four lines high: long titles wrap instead of being cut,
// so every network is readable on the map itself.
inline constexpr int kMarkLineHeight = 14;
inline constexpr int kMarkMaxLines = 4;
inline constexpr int kMarkGap = 4;
inline constexpr int kCellLabelLineHeight = 16;  // a row label line inside a stacked box
inline constexpr int kCellPadding = 8;
// A cell shows at most this many marks; more collapse into "+N meer". The bundled site stays
// far below it: the bound only keeps a machine-made site of thousands of networks drawable.
inline constexpr int kMaxMarksPerCell = 40;
// Widest drawing of the wide map: the content column of a 1280 px screen beside the filters.
inline constexpr int kMapWidth = 880;
inline constexpr int kNarrowWidth = 340;  // the phone map, scaled to the screen by CSS
inline constexpr int kMinColumnWidth = 96;
inline constexpr int kMaxColumnWidth = 240;
inline constexpr int kRowHeaderWidth = 150;
inline constexpr int kBandSlotWidth = 200;      // minimum width of a mark in the band
inline constexpr int kCaptionHeight = 26;       // band with the column axis label
inline constexpr int kColumnHeaderHeight = 44;  // column label and count
inline constexpr int kMarkerCenterX = 13;       // marker centre from the mark's left edge
inline constexpr int kMarkTextX = 24;           // label start from the mark's left edge
inline constexpr int kMarkTextRight = 6;        // room kept right of the label

inline constexpr Font kMarkFont{12, false};
inline constexpr Font kHeaderFont{13, true};
inline constexpr Font kSmallFont{11, false};

// Height of a mark with this many lines of text.
inline constexpr int MarkHeight(int lines) { return 8 + lines * kMarkLineHeight; }

struct PlacedMark {
  size_t network = 0;  // index into MapInput::networks
  int x = 0, y = 0, width = 0;
  std::vector<std::string> lines;  // the title, wrapped to the mark's width
};

// A header box: bold label lines and a muted count line below or beside them.
struct HeaderBox {
  std::string key;      // data-row / data-column value
  bool is_row = false;  // row header (data-row) or column header (data-column)
  bool muted = false;
  int x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> lines;
  std::string count;
  bool count_beside = false;  // one-line header: the count follows the label
};

struct CellBox {
  size_t cell = 0;  // index into the row-major MapCell list
  bool muted = false;
  int x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> label_lines;  // row label inside the cell (band and narrow map)
  std::vector<PlacedMark> marks;
  size_t hidden = 0;  // networks behind the "+N meer" mark
  int more_x = 0, more_y = 0, more_width = 0;
};

struct MapLayout {
  int width = 0;
  int height = 0;  // without the legend
  std::string caption;
  int caption_x = 0;
  std::string rows_caption;  // the row axis label over the row headers (wide map only)
  int rows_caption_y = 0;
  std::vector<HeaderBox> headers;
  std::vector<CellBox> boxes;  // only cells that are drawn
  bool any_hidden = false;
};

MapLayout ComputeLayout(const MapInput& input, const std::vector<MapCell>& cells);
MapLayout ComputeNarrowLayout(const MapInput& input, const std::vector<MapCell>& cells);

// Shared by both arrangements: fills `box` with the marks of `cell` in `slots` columns of
// equal width starting at the box's top left plus `top`, and sets its height.
void FlowMarks(const MapInput& input, const MapCell& cell, int slots, int top, CellBox& box);

// Stacks one box of `width` per row of column `c` that holds networks, from `y` down; each
// box opens with its row label in at most `label_lines` lines. Returns the y below them.
int StackColumnRows(const MapInput& input, const std::vector<MapCell>& cells, size_t c, int y, int width, int slots,
                    int label_lines, MapLayout& layout);

// Text of the overflow mark, e.g. "+12 meer".
std::string MoreText(const MapInput& input, size_t hidden);

// "1 netwerk" / "12 netwerken".
std::string CountText(const MapInput& input, size_t count);

// Networks in column `c`, each counted once even if it has several rows.
size_t ColumnCount(const std::vector<MapCell>& cells, size_t columns, size_t c);

}  // namespace leernet::map

#endif  // LEERNET_MAP_LAYOUT_H_
