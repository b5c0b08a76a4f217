// Sorting networks into the cells of the matrix and their colour values into legend
// slots. Shared by the full map and the thumbnail so both always agree.
#ifndef LEERNET_MAP_CELLS_H_
#define LEERNET_MAP_CELLS_H_

#include <cstddef>
#include <vector>

#include "map/overview_map.h"

namespace leernet::map {

inline constexpr int kNoColor = -1;

// Every row x column pair in row-major order. A network lands in each row it names (a
// repeated row key counts once) and in its column; networks whose column or rows are not
// on the axes are left out, since the map has nowhere to put them.
std::vector<MapCell> BuildCells(const MapInput& input);

// Legend slots: the colour values that at least one placed network uses, in the order of
// MapInput::colors, so the first eight get the eight distinct colours.
struct ColorSlots {
  std::vector<size_t> used_colors;  // indexes into MapInput::colors, in legend order
  std::vector<int> network_slot;    // per network: index into used_colors or kNoColor
  bool any_without_color = false;   // whether the legend needs the "no colour" entry
};
ColorSlots AssignColorSlots(const MapInput& input, const std::vector<MapCell>& cells);

}  // namespace leernet::map

#endif  // LEERNET_MAP_CELLS_H_
