// Writes the full overview map. Every network is an <a class="mark"> so it is focusable
// and announced by its title; geometry comes from layout.cpp, colours from palette.cpp.
#include <algorithm>
#include <string>

#include "map/palette.h"
#include "map/render.h"
#include "map/svg_writer.h"

namespace leernet::map {
namespace {

// Scoped to the map's class because the SVG is inlined into the page and its <style>
// applies to the whole document. The focus ring is drawn on the mark's own chip: an
// outline around an SVG <a> is not reliably drawn by every browser.
constexpr std::string_view kStyle =
    ".leernet-map{font-family:Arial,\"Liberation Sans\",Helvetica,sans-serif}"
    ".leernet-map text{fill:#1B1F24;font-size:12px}"
    ".leernet-map .h{font-size:13px;font-weight:bold}"
    ".leernet-map .muted{fill:#4A4F57;font-size:11px}"
    ".leernet-map .head{fill:#E6E9EE}"
    ".leernet-map .bg{fill:#F5F6F8}"
    ".leernet-map .chip{fill:#FFFFFF;stroke:#C9CED6;stroke-width:1}"
    ".leernet-map .more .chip{fill:#E6E9EE;stroke:#4A4F57;stroke-dasharray:3 2}"
    ".leernet-map .mark:hover .chip{stroke:#1B1F24}"
    ".leernet-map .mark:hover text{text-decoration:underline}"
    ".leernet-map .mark:focus{outline:none}"
    ".leernet-map .mark:focus .chip{stroke:#0B57D0;stroke-width:3}"
    ".leernet-map .mark:focus text{text-decoration:underline}";

// JSON string literal for data-facets of an overflow mark; the result still needs XML
// escaping, which AppendAttr does.
std::string JsonString(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

void AppendText(std::string& out, int x, int y, std::string_view css_class, std::string_view text) {
  out += "<text";
  AppendAttr(out, "x", x);
  AppendAttr(out, "y", y);
  if (!css_class.empty()) AppendAttr(out, "class", css_class);
  out += '>';
  AppendEscaped(out, text);
  out += "</text>";
}

// Networks in a column, each counted once even if it has several types.
size_t ColumnCount(const std::vector<MapCell>& cells, size_t columns, size_t c) {
  std::vector<size_t> members;
  for (size_t i = c; i < cells.size(); i += columns) {
    members.insert(members.end(), cells[i].networks.begin(), cells[i].networks.end());
  }
  std::sort(members.begin(), members.end());
  return static_cast<size_t>(std::unique(members.begin(), members.end()) - members.begin());
}

class MapWriter {
 public:
  MapWriter(const MapInput& input, std::string_view root, const std::vector<MapCell>& cells,
            const ColorSlots& slots, const MapLayout& layout)
      : input_(input), root_(root), cells_(cells), slots_(slots), layout_(layout) {}

  std::string Write() {
    std::string body;
    AppendHeaders(body);
    for (size_t r = 0; r < input_.rows.size(); ++r) AppendRow(body, r);
    const int legend_top = layout_.grid_bottom + 20;
    const int legend_height = AppendLegend(body, input_, slots_, legend_top, layout_.width);
    const int height = legend_top + legend_height;

    std::string out;
    out.reserve(body.size() + 2048);
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"leernet-map\"";
    AppendAttr(out, "width", layout_.width);
    AppendAttr(out, "height", height);
    AppendViewBox(out, layout_.width, height);
    out +=
        " role=\"group\" aria-labelledby=\"leernet-map-title\""
        " aria-describedby=\"leernet-map-desc\">\n";
    out += "<title id=\"leernet-map-title\">";
    AppendEscaped(out, input_.title);
    out += "</title>\n<desc id=\"leernet-map-desc\">";
    AppendEscaped(out, input_.description);
    out += "</desc>\n<style>";
    out += kStyle;
    out += "</style>\n";
    // An opaque background keeps the near-black text readable on pages in dark mode.
    AppendRectStart(out, 0, 0, layout_.width, height);
    out += " fill=\"#FFFFFF\"/>\n";
    out += body;
    out += "</svg>\n";
    return out;
  }

 private:
  void AppendHeaders(std::string& out) {
    const int header_top = kCaptionHeight;
    out += "<g class=\"axes\">";
    AppendText(out, kRowHeaderWidth + kCellPadding, 18, "h", input_.columns_label);
    AppendText(out, kCellPadding + 4, header_top + 26, "h", input_.rows_label);
    out += "</g>\n";
    const size_t columns = input_.columns.size();
    for (size_t c = 0; c < columns; ++c) {
      const int x = layout_.column_x[c];
      out += "<g class=\"column-head\"";
      AppendAttr(out, "data-column", input_.columns[c].key);
      out += '>';
      AppendRectStart(out, x + 1, header_top, layout_.column_width[c] - 2, kColumnHeaderHeight - 2);
      out += " class=\"head\"/>";
      AppendText(out, x + kCellPadding, header_top + 19, "h", layout_.column_labels[c]);
      AppendText(out, x + kCellPadding, header_top + 35, "muted",
                 CountText(input_, ColumnCount(cells_, columns, c)));
      out += "</g>\n";
    }
  }

  void AppendRow(std::string& out, size_t r) {
    const int y = layout_.row_y[r];
    const int height = layout_.row_height[r];
    const size_t columns = input_.columns.size();
    size_t count = 0;  // cells of a row are disjoint: a network has one column
    for (size_t c = 0; c < columns; ++c) count += cells_[r * columns + c].networks.size();

    out += "<g class=\"row\"";
    AppendAttr(out, "data-row", input_.rows[r].key);
    out += ">\n";
    AppendRectStart(out, 0, y + 1, kRowHeaderWidth - 1, height - 2);
    out += " class=\"head\"/>";
    int line_y = y + kCellPadding + 13;
    for (const std::string& line : layout_.row_label_lines[r]) {
      AppendText(out, 12, line_y, "h", line);
      line_y += 16;
    }
    AppendText(out, 12, line_y, "muted", CountText(input_, count));
    out += '\n';
    for (size_t c = 0; c < columns; ++c) AppendCell(out, r, c);
    out += "</g>\n";
  }

  void AppendCell(std::string& out, size_t r, size_t c) {
    const size_t index = r * input_.columns.size() + c;
    const MapCell& cell = cells_[index];
    const CellPlan& plan = layout_.plans[index];
    const int x = layout_.column_x[c];
    const int y = layout_.row_y[r];
    const int width = layout_.column_width[c];

    out += "<g class=\"cell\"";
    AppendAttr(out, "data-row", cell.row);
    AppendAttr(out, "data-column", cell.column);
    if (!cell.networks.empty()) {
      // Names the group so a screen reader says where it is before reading the marks.
      AppendAttr(out, "role", "group");
      AppendAttr(out, "aria-label",
                 Concat({input_.rows[r].label, ", ", input_.columns[c].label, ": ",
                         CountText(input_, cell.networks.size())}));
    }
    out += '>';
    AppendRectStart(out, x + 1, y + 1, width - 2, layout_.row_height[r] - 2);
    out += " class=\"bg\"/>\n";
    const int mark_x = x + kCellPadding;
    const int mark_width = width - 2 * kCellPadding;
    int mark_y = y + kCellPadding;
    for (const size_t n : plan.shown) {
      AppendMark(out, input_.networks[n], slots_.network_slot[n], mark_x, mark_y, mark_width);
      mark_y += kMarkHeight + kMarkGap;
    }
    if (plan.hidden > 0) AppendMore(out, r, c, plan.hidden, mark_x, mark_y, mark_width);
    out += "</g>\n";
  }

  void AppendMark(std::string& out, const MapNetwork& network, int slot, int x, int y, int width) {
    std::string name = network.title;
    if (!input_.color_label.empty()) {
      // The colour's meaning is in the name too: colour is never the only cue.
      const std::string& color =
          slot == kNoColor ? input_.strings.no_color
                           : input_.colors[slots_.used_colors[static_cast<size_t>(slot)]].label;
      name = Concat({network.title, " (", input_.color_label, ": ", color, ")"});
    }
    out += "<a class=\"mark\"";
    AppendAttr(out, "href", Concat({root_, network.href}));
    AppendAttr(out, "aria-label", name);
    AppendAttr(out, "data-facets", network.facet_json);
    out += "><title>";
    AppendEscaped(out, network.title);
    out += "</title>";
    AppendRectStart(out, x, y, width, kMarkHeight);
    out += " rx=\"4\" class=\"chip\"/>";
    AppendMarker(out, SwatchForSlot(slot), x + kMarkerCenterX, y + kMarkHeight / 2);
    const int text_width = width - kMarkTextX - kMarkTextRight;
    AppendText(out, x + kMarkTextX, y + 15, "",
               TruncateToWidth(network.title, text_width, kMarkFont));
    out += "</a>\n";
  }

  void AppendMore(std::string& out, size_t r, size_t c, size_t hidden, int x, int y, int width) {
    const Axis& row = input_.rows[r];
    const Axis& column = input_.columns[c];
    const std::string text = MoreText(input_, hidden);
    const std::string href = Concat(
        {root_, input_.list_href, "#", PercentEncode(input_.row_field), "=", PercentEncode(row.key),
         "&", PercentEncode(input_.column_field), "=", PercentEncode(column.key)});
    const std::string facets =
        Concat({"{", JsonString(input_.row_field), ":[", JsonString(row.key), "],",
                JsonString(input_.column_field), ":[", JsonString(column.key), "]}"});
    out += "<a class=\"mark more\"";
    AppendAttr(out, "href", href);
    AppendAttr(out, "aria-label", Concat({text, ": ", row.label, ", ", column.label}));
    AppendAttr(out, "data-facets", facets);
    out += "><title>";
    AppendEscaped(out, text);
    out += "</title>";
    AppendRectStart(out, x, y, width, kMarkHeight);
    out += " rx=\"4\" class=\"chip\"/>";
    AppendText(out, x + kMarkTextRight, y + 15, "",
               TruncateToWidth(text, width - 2 * kMarkTextRight, kMarkFont));
    out += "</a>\n";
  }

  const MapInput& input_;
  std::string_view root_;
  const std::vector<MapCell>& cells_;
  const ColorSlots& slots_;
  const MapLayout& layout_;
};

}  // namespace

Swatch SwatchForSlot(int slot) {
  return slot == kNoColor ? NoColorSwatch() : SwatchFor(static_cast<size_t>(slot));
}

std::string RenderMapSvg(const MapInput& input, std::string_view root,
                         const std::vector<MapCell>& cells, const ColorSlots& slots,
                         const MapLayout& layout) {
  return MapWriter(input, root, cells, slots, layout).Write();
}

}  // namespace leernet::map
