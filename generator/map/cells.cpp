#include "map/cells.h"

#include <map>
#include <string>
#include <string_view>

namespace leernet::map {
namespace {

// std::map keeps lookups deterministic and needs no hash of std::string_view.
std::map<std::string_view, size_t> IndexByKey(const std::vector<Axis>& axes) {
  std::map<std::string_view, size_t> index;
  for (size_t i = 0; i < axes.size(); ++i) index.emplace(axes[i].key, i);  // first wins
  return index;
}

}  // namespace

std::vector<MapCell> BuildCells(const MapInput& input) {
  const size_t columns = input.columns.size();
  std::vector<MapCell> cells;
  cells.reserve(input.rows.size() * columns);
  for (const Axis& row : input.rows) {
    for (const Axis& column : input.columns) {
      cells.push_back(MapCell{row.key, column.key, {}});
    }
  }
  const auto row_index = IndexByKey(input.rows);
  const auto column_index = IndexByKey(input.columns);
  for (size_t n = 0; n < input.networks.size(); ++n) {
    const MapNetwork& network = input.networks[n];
    const auto column = column_index.find(network.column);
    if (column == column_index.end()) continue;
    for (const std::string& row_key : network.rows) {
      const auto row = row_index.find(row_key);
      if (row == row_index.end()) continue;
      std::vector<size_t>& members = cells[row->second * columns + column->second].networks;
      // Networks are visited in order, so a repeated row key shows up as the last member.
      if (!members.empty() && members.back() == n) continue;
      members.push_back(n);
    }
  }
  return cells;
}

ColorSlots AssignColorSlots(const MapInput& input, const std::vector<MapCell>& cells) {
  const auto color_index = IndexByKey(input.colors);
  std::vector<bool> placed(input.networks.size(), false);
  for (const MapCell& cell : cells) {
    for (const size_t n : cell.networks) placed[n] = true;
  }
  std::vector<int> color_of(input.networks.size(), kNoColor);
  std::vector<bool> used(input.colors.size(), false);
  ColorSlots slots;
  for (size_t n = 0; n < input.networks.size(); ++n) {
    if (!placed[n]) continue;
    const auto color = color_index.find(input.networks[n].color);
    if (color == color_index.end()) {
      slots.any_without_color = true;
      continue;
    }
    color_of[n] = static_cast<int>(color->second);
    used[color->second] = true;
  }
  std::vector<int> slot_of_color(input.colors.size(), kNoColor);
  for (size_t c = 0; c < input.colors.size(); ++c) {
    if (!used[c]) continue;
    slot_of_color[c] = static_cast<int>(slots.used_colors.size());
    slots.used_colors.push_back(c);
  }
  slots.network_slot.resize(input.networks.size(), kNoColor);
  for (size_t n = 0; n < input.networks.size(); ++n) {
    if (color_of[n] != kNoColor) slots.network_slot[n] = slot_of_color[color_of[n]];
  }
  return slots;
}

}  // namespace leernet::map
