// Overview map of networks: a matrix of network types (rows) by reach (columns), drawn as
// SVG at build time so the map page needs no JavaScript and works from file://.
//
// The module is pure: it sees no files, no schema and no templates. The caller turns the
// content into a MapInput (keys and labels in display order, one MapNetwork per entry) and
// puts the returned markup into the page. Output depends only on the input, byte for byte.
#ifndef LEERNET_MAP_OVERVIEW_MAP_H_
#define LEERNET_MAP_OVERVIEW_MAP_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace leernet::map {

// One row, column or colour value, in display order.
struct Axis {
  std::string key;
  std::string label;
  // A column that says little (such as "reach unknown"): drawn last and quiet, below the
  // grid on the wide map instead of as one of its columns.
  bool muted = false;
};

struct MapNetwork {
  std::string title;  // display label
  // Relative to the site root, e.g. "netwerken/level/index.html".
  std::string href;
  // Row keys: a network with several types appears once in each of those rows.
  std::vector<std::string> rows;
  std::string column;  // column key
  // Colour key; empty or unknown keys are drawn as "no colour" (MapStrings::no_color).
  std::string color;
  // JSON object {"field":["slug",...]}, copied into data-facets (escaped here). When empty
  // the mark gets `data-f` instead: the page then holds the facets once per network, looked
  // up by the mark's link, which keeps a page with two drawings and a table small.
  std::string facet_json;
};

// Interface words. Defaults are Dutch because the site is; a site in another language
// passes its i18n strings.
struct MapStrings {
  std::string more = "meer";           // "+12 meer"
  std::string no_color = "geen";       // legend entry for networks without colour
  std::string network = "netwerk";     // "1 netwerk"
  std::string networks = "netwerken";  // "12 netwerken"
  std::string more_legend = "meer netwerken in dit vak: opent de gefilterde lijst";
};

struct MapInput {
  std::string title, description;  // for <title> and <desc>
  std::string rows_label, columns_label, color_label;
  std::vector<Axis> rows, columns, colors;
  std::vector<MapNetwork> networks;  // in a stable order given by the caller
  // Relative to root, e.g. "netwerken/index.html": target of the overflow links.
  std::string list_href;
  // Facet field names used in overflow links: list_href#row_field=x&column_field=y.
  std::string row_field, column_field;
  MapStrings strings;
};

// One cell of the matrix with every network that belongs in it (drawn or not), as
// indexes into MapInput::networks in input order. Lets the caller build an equivalent
// table for screen readers and for readers without SVG.
struct MapCell {
  std::string row, column;
  std::vector<size_t> networks;
};

struct MapOutput {
  std::string svg;         // the wide map: rows by columns
  std::string narrow_svg;  // the same networks for a phone: one section per column
  std::string thumbnail_svg;
  std::vector<MapCell> cells;  // row-major, every row x column pair, also empty ones
};

// `root` is the relative prefix from the page to the site root, e.g. "../"; every link
// in the map is root + a path relative to the site root.
MapOutput RenderOverviewMap(const MapInput& input, std::string_view root);

}  // namespace leernet::map

#endif  // LEERNET_MAP_OVERVIEW_MAP_H_
