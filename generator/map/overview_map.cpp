#include "map/overview_map.h"

#include "map/cells.h"
#include "map/layout.h"
#include "map/render.h"

namespace leernet::map {

MapOutput RenderOverviewMap(const MapInput& input, std::string_view root) {
  MapOutput output;
  output.cells = BuildCells(input);
  const ColorSlots slots = AssignColorSlots(input, output.cells);
  output.svg = RenderMapSvg(input, root, output.cells, slots, ComputeLayout(input, output.cells), "leernet-map");
  output.narrow_svg =
      RenderMapSvg(input, root, output.cells, slots, ComputeNarrowLayout(input, output.cells), "leernet-map-narrow");
  output.thumbnail_svg = RenderThumbnailSvg(input, output.cells, slots);
  return output;
}

}  // namespace leernet::map
