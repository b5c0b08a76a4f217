// The overview map as plain data for the page templates: the SVG drawings and, for the table
// version of the map, which entries stand in which cell.
#pragma once

#include <string>
#include <vector>

namespace leernet {

struct MapCellData {
  size_t row = 0;
  size_t column = 0;
  std::vector<size_t> entries;  // indexes into SiteModel::entries
};

struct MapPageData {
  bool enabled = false;
  std::string svg;            // for kaart/index.html
  std::string narrow_svg;     // the same map stacked for phones
  std::string thumbnail_svg;  // for the home page
  std::string kind;           // the kind on the map
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  std::vector<MapCellData> cells;  // row-major, every cell of the grid
};

}  // namespace leernet
