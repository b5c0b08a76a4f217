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

// `id` is the drawing's class and the prefix of its element ids, so the wide and the narrow
// map can sit in one page.
std::string RenderMapSvg(const MapInput& input, std::string_view root, const std::vector<MapCell>& cells,
                         const ColorSlots& slots, const MapLayout& layout, std::string_view id);

// Appends the colour legend with its top at `y`, flowing items within `width`; returns
// the height it took. `with_more` adds what a "+N meer" mark means.
int AppendLegend(std::string& out, const MapInput& input, const ColorSlots& slots, int y, int width, bool with_more);

std::string RenderThumbnailSvg(const MapInput& input, const std::vector<MapCell>& cells, const ColorSlots& slots);

// The marker of a network or legend slot (kNoColor for none).
Swatch SwatchForSlot(int slot);

}  // namespace leernet::map

#endif  // LEERNET_MAP_RENDER_H_
