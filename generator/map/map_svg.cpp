// Writes the full overview map. Every network is an <a class="mark"> so it is focusable
// and announced by its title; geometry comes from layout.cpp, colours from palette.cpp.
#include <algorithm>
#include <string>

#include "map/palette.h"
#include "map/render.h"
#include "map/svg_writer.h"
#include "map/text_measure.h"

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
    ".leernet-map .chip{fill:#FFFFFF;stroke:#C9CED6;stroke-width:1;rx:4px}"
    ".leernet-map .more .chip{fill:#E6E9EE;stroke:#4A4F57;stroke-dasharray:3 2}"
    ".leernet-map .mark:hover .chip{stroke:#1B1F24}"
    ".leernet-map .mark:hover text{text-decoration:underline}"
    ".leernet-map .mark:focus{outline:none}"
    ".leernet-map .mark:focus .chip{stroke:#0B57D0;stroke-width:3}"
    ".leernet-map .mark:focus text{text-decoration:underline}"
    // Muted: the "reach unknown" band says least, so it is drawn quietest.
    ".leernet-map .muted-head{fill:#F1F2F4}"
    ".leernet-map .muted-bg{fill:#FBFBFC}"
    ".leernet-map .muted-cell .chip{stroke:#DDE1E6}"
    ".leernet-map .muted-cell text,.leernet-map .muted-title{fill:#4A4F57}"
    ".leernet-map .rl{font-size:12px;font-weight:bold;fill:#4A4F57}"
    ".leernet-map .nc{fill:#FFFFFF;stroke:#6B6B6B;stroke-width:2}";

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

constexpr int kLineHeight = 16;

class MapWriter {
 public:
  MapWriter(const MapInput& input, std::string_view root, const std::vector<MapCell>& cells, const ColorSlots& slots,
            const MapLayout& layout, std::string_view id)
      : input_(input),
        root_(root),
        cells_(cells),
        slots_(slots),
        layout_(layout),
        id_(id),
        with_style_(id == "leernet-map") {}

  std::string Write() {
    std::string body;
    body += "<g class=\"axes\">";
    AppendText(body, layout_.caption_x, 18, "h", layout_.caption);
    if (!layout_.rows_caption.empty())
      AppendText(body, kCellPadding + 4, layout_.rows_caption_y, "h", layout_.rows_caption);
    body += "</g>\n";
    for (const HeaderBox& head : layout_.headers) AppendHeader(body, head);
    for (const CellBox& box : layout_.boxes) AppendCell(body, box);
    const int legend_top = layout_.height + 20;
    const int legend_height = AppendLegend(body, input_, slots_, legend_top, layout_.width, layout_.any_hidden);
    const int height = legend_top + legend_height;

    const std::string title_id = Concat({id_, "-title"});
    const std::string desc_id = Concat({id_, "-desc"});
    std::string out;
    out.reserve(body.size() + 2048);
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    AppendAttr(out, "class", Concat({"leernet-map ", id_ == "leernet-map" ? "leernet-map-wide" : id_}));
    AppendAttr(out, "width", layout_.width);
    AppendAttr(out, "height", height);
    AppendViewBox(out, layout_.width, height);
    out += " role=\"group\"";
    AppendAttr(out, "aria-labelledby", title_id);
    AppendAttr(out, "aria-describedby", desc_id);
    out += ">\n<title";
    AppendAttr(out, "id", title_id);
    out += '>';
    AppendEscaped(out, input_.title);
    out += "</title>\n<desc";
    AppendAttr(out, "id", desc_id);
    out += '>';
    AppendEscaped(out, input_.description);
    out += "</desc>\n";
    if (with_style_) {
      out += "<style>";
      out += kStyle;
      out += "</style>\n";
    }
    // An opaque background keeps the near-black text readable on pages in dark mode.
    AppendRectStart(out, 0, 0, layout_.width, height);
    out += " fill=\"#FFFFFF\"/>\n";
    out += body;
    out += "</svg>\n";
    return out;
  }

 private:
  void AppendHeader(std::string& out, const HeaderBox& head) {
    out += head.is_row ? "<g class=\"row-head\"" : "<g class=\"column-head\"";
    AppendAttr(out, head.is_row ? "data-row" : "data-column", head.key);
    out += '>';
    AppendRectStart(out, head.x, head.y, head.width, head.height);
    out += head.muted ? " class=\"head muted-head\"/>" : " class=\"head\"/>";
    const int text_x = head.x + (head.is_row ? 12 : kCellPadding);
    int line_y = head.y + 19;
    for (const std::string& line : head.lines) {
      AppendText(out, text_x, line_y, head.muted ? "h muted-title" : "h", line);
      if (head.count_beside) {
        AppendText(out, text_x + TextWidth(line, kHeaderFont) + 10, line_y, "muted", head.count);
      }
      line_y += kLineHeight;
    }
    if (!head.count_beside) AppendText(out, text_x, line_y, "muted", head.count);
    out += "</g>\n";
  }

  void AppendCell(std::string& out, const CellBox& box) {
    const MapCell& cell = cells_[box.cell];
    const size_t columns = input_.columns.size();
    const Axis& row = input_.rows[box.cell / columns];
    const Axis& column = input_.columns[box.cell % columns];
    if (cell.networks.empty()) {  // just the background: most cells are empty, keep them small
      AppendRectStart(out, box.x + 1, box.y + 1, box.width - 2, box.height - 2);
      out += box.muted ? " class=\"bg muted-bg\"/>\n" : " class=\"bg\"/>\n";
      return;
    }
    out += box.muted ? "<g class=\"cell muted-cell\"" : "<g class=\"cell\"";
    AppendAttr(out, "data-row", cell.row);
    AppendAttr(out, "data-column", cell.column);
    if (!cell.networks.empty()) {
      // Names the group so a screen reader says where it is before reading the marks.
      AppendAttr(out, "role", "group");
      AppendAttr(out, "aria-label",
                 Concat({row.label, ", ", column.label, ": ", CountText(input_, cell.networks.size())}));
    }
    out += '>';
    AppendRectStart(out, box.x + 1, box.y + 1, box.width - 2, box.height - 2);
    out += box.muted ? " class=\"bg muted-bg\"/>\n" : " class=\"bg\"/>\n";
    int line_y = box.y + 17;
    for (const std::string& line : box.label_lines) {
      AppendText(out, box.x + kCellPadding, line_y, "rl", line);
      line_y += kLineHeight;
    }
    for (const PlacedMark& mark : box.marks) AppendMark(out, mark);
    if (box.hidden > 0) AppendMore(out, row, column, box);
    out += "</g>\n";
  }

  void AppendMark(std::string& out, const PlacedMark& mark) {
    const MapNetwork& network = input_.networks[mark.network];
    const int slot = slots_.network_slot[mark.network];
    std::string name = network.title;
    if (!input_.color_label.empty()) {
      // The colour's meaning is in the name too: colour is never the only cue.
      const std::string& color = slot == kNoColor ? input_.strings.no_color
                                                  : input_.colors[slots_.used_colors[static_cast<size_t>(slot)]].label;
      name = Concat({network.title, " (", input_.color_label, ": ", color, ")"});
    }
    out += "<a class=\"mark\"";
    AppendAttr(out, "href", Concat({root_, network.href}));
    AppendAttr(out, "aria-label", name);
    if (network.facet_json.empty()) {
      out += " data-f";
    } else {
      AppendAttr(out, "data-facets", network.facet_json);
    }
    // No <title> tooltip: the whole title is on the mark.
    out += '>';
    AppendRectStart(out, mark.x, mark.y, mark.width, MarkHeight(static_cast<int>(mark.lines.size())));
    out += " class=\"chip\"/>";
    AppendMarker(out, SwatchForSlot(slot), mark.x + kMarkerCenterX, mark.y + MarkHeight(1) / 2);
    // One <text> per mark; the space before each further line keeps the words apart in the
    // text a reader copies or a screen reader reads.
    if (mark.lines.size() == 1) {
      AppendText(out, mark.x + kMarkTextX, mark.y + 15, "", mark.lines[0]);
    } else {
      // The first line is the <text> itself, each next one a <tspan> one line lower.
      out += "<text";
      AppendAttr(out, "x", mark.x + kMarkTextX);
      AppendAttr(out, "y", mark.y + 15);
      out += '>';
      AppendEscaped(out, mark.lines[0]);
      for (size_t i = 1; i < mark.lines.size(); ++i) {
        out += " <tspan";
        AppendAttr(out, "x", mark.x + kMarkTextX);
        AppendAttr(out, "dy", kMarkLineHeight);
        out += '>';
        AppendEscaped(out, mark.lines[i]);
        out += "</tspan>";
      }
      out += "</text>";
    }
    out += "</a>\n";
  }

  void AppendMore(std::string& out, const Axis& row, const Axis& column, const CellBox& box) {
    const std::string text = MoreText(input_, box.hidden);
    const std::string href =
        Concat({root_, input_.list_href, "#", PercentEncode(input_.row_field), "=", PercentEncode(row.key), "&",
                PercentEncode(input_.column_field), "=", PercentEncode(column.key)});
    const std::string facets = Concat({"{", JsonString(input_.row_field), ":[", JsonString(row.key), "],",
                                       JsonString(input_.column_field), ":[", JsonString(column.key), "]}"});
    out += "<a class=\"mark more\"";
    AppendAttr(out, "href", href);
    AppendAttr(out, "aria-label", Concat({text, ": ", row.label, ", ", column.label}));
    AppendAttr(out, "data-facets", facets);
    out += "><title>";
    AppendEscaped(out, text);
    out += "</title>";
    AppendRectStart(out, box.more_x, box.more_y, box.more_width, MarkHeight(1));
    out += " class=\"chip\"/>";
    AppendText(out, box.more_x + kMarkTextRight, box.more_y + 15, "",
               TruncateToWidth(text, box.more_width - 2 * kMarkTextRight, kMarkFont));
    out += "</a>\n";
  }

  const MapInput& input_;
  std::string_view root_;
  const std::vector<MapCell>& cells_;
  const ColorSlots& slots_;
  const MapLayout& layout_;
  std::string_view id_;
  // The narrow map goes into the same page as the wide one, whose <style> (scoped to
  // .leernet-map) applies to the whole document; repeating it would only add bytes.
  bool with_style_;
};

}  // namespace

Swatch SwatchForSlot(int slot) { return slot == kNoColor ? NoColorSwatch() : SwatchFor(static_cast<size_t>(slot)); }

std::string RenderMapSvg(const MapInput& input, std::string_view root, const std::vector<MapCell>& cells,
                         const ColorSlots& slots, const MapLayout& layout, std::string_view id) {
  return MapWriter(input, root, cells, slots, layout, id).Write();
}

}  // namespace leernet::map
