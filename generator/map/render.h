// The two SVG writers behind RenderOverviewMap. Internal to the module.
#ifndef LEERNET_MAP_RENDER_H_
#define LEERNET_MAP_RENDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "map/cells.h"
#include "map/layout.h"
#include "map/overview_map.h"
#include "map/palette.h"

namespace leernet::map {

std::string RenderMapSvg(const MapInput& input, std::string_view root,
                         const std::vector<MapCell>& cells, const ColorSlots& slots,
                         const MapLayout& layout);

// Appends the colour legend with its top at `y`, flowing items within `width`; returns
// the height it took.
int AppendLegend(std::string& out, const MapInput& input, const ColorSlots& slots, int y,
                 int width);

std::string RenderThumbnailSvg(const MapInput& input, const std::vector<MapCell>& cells,
                               const ColorSlots& slots);

// The marker of a network or legend slot (kNoColor for none).
Swatch SwatchForSlot(int slot);

}  // namespace leernet::map

#endif  // LEERNET_MAP_RENDER_H_
