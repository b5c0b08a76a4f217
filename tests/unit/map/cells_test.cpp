// Every network is drawn exactly once in each cell it belongs to, links to its page, and
// crowded cells link to the filtered list with the right count.
#include <gtest/gtest.h>

#include <string>

#include "map/layout.h"
#include "map/overview_map.h"
#include "map_fixtures.h"
#include "svg_check.h"

namespace leernet::map {
namespace {

using testing::CountOf;

// The markup of the cell group for (row, column), or "" if absent.
std::string CellMarkup(const std::string& svg, const std::string& row, const std::string& column) {
  const std::string open = "<g class=\"cell\" data-row=\"" + row + "\" data-column=\"" + column + "\"";
  const size_t start = svg.find(open);
  if (start == std::string::npos) return "";
  return svg.substr(start, svg.find("</g>", start) - start);
}

TEST(OverviewMapCellsTest, EveryNetworkOncePerCellWithItsLink) {
  const MapInput input = testing::FixedInput();
  const MapOutput output = RenderOverviewMap(input, "../");
  ASSERT_EQ(output.cells.size(), input.rows.size() * input.columns.size());
  for (const MapCell& cell : output.cells) {
    const std::string markup = CellMarkup(output.svg, cell.row, cell.column);
    if (cell.networks.empty()) {  // an empty cell is only its background
      EXPECT_TRUE(markup.empty()) << cell.row << "/" << cell.column;
      continue;
    }
    ASSERT_FALSE(markup.empty()) << cell.row << "/" << cell.column;
    const bool overflows = CountOf(markup, "class=\"mark more\"") > 0;
    for (size_t n = 0; n < input.networks.size(); ++n) {
      const MapNetwork& network = input.networks[n];
      const bool member = std::find(cell.networks.begin(), cell.networks.end(), n) != cell.networks.end();
      const size_t links = CountOf(markup, "href=\"../" + network.href + "\"");
      if (!member) {
        EXPECT_EQ(links, 0u) << network.title << " drawn in " << cell.row << "/" << cell.column;
      } else if (!overflows) {
        EXPECT_EQ(links, 1u) << network.title << " in " << cell.row << "/" << cell.column;
      } else {
        EXPECT_LE(links, 1u) << network.title;
      }
    }
  }
}

TEST(OverviewMapCellsTest, NetworkWithTwoTypesAppearsInBothRows) {
  const MapInput input = testing::FixedInput();
  const MapOutput output = RenderOverviewMap(input, "");
  EXPECT_EQ(CountOf(output.svg, "href=\"netwerken/zorg-voor-beter/index.html\""), 2u);
  EXPECT_EQ(CountOf(CellMarkup(output.svg, "kennisnetwerk", "landelijk"), "zorg-voor-beter"), 1u);
  EXPECT_EQ(CountOf(CellMarkup(output.svg, "verbeternetwerk", "landelijk"), "zorg-voor-beter"), 1u);
}

TEST(OverviewMapCellsTest, RepeatedRowKeyCountsOnce) {
  MapInput input = testing::FixedInput();
  input.networks[0].rows = {"lerend-netwerk", "lerend-netwerk"};
  const MapOutput output = RenderOverviewMap(input, "");
  EXPECT_EQ(CountOf(output.svg, "href=\"netwerken/level/index.html\""), 1u);
}

TEST(OverviewMapCellsTest, UnknownAxesAreLeftOutNotCrashed) {
  MapInput input = testing::FixedInput();
  input.networks[0].column = "nergens";
  input.networks[1].rows = {"bestaat-niet"};
  const MapOutput output = RenderOverviewMap(input, "");
  EXPECT_EQ(CountOf(output.svg, "netwerken/level/index.html"), 0u);
  EXPECT_EQ(CountOf(output.svg, "netwerken/waardigheid-en-trots/index.html"), 0u);
}

TEST(OverviewMapCellsTest, EveryNetworkIsAMarkBelowTheBound) {
  // lerend-netwerk x regionaal holds 12 networks: all drawn, no overflow anywhere.
  const MapOutput output = RenderOverviewMap(testing::FixedInput(), "../");
  const std::string markup = CellMarkup(output.svg, "lerend-netwerk", "regionaal");
  EXPECT_EQ(CountOf(markup, "<a class=\"mark\""), 12u);
  EXPECT_EQ(CountOf(output.svg, "class=\"mark more\""), 0u);
  EXPECT_EQ(CountOf(output.narrow_svg, "class=\"mark more\""), 0u);
  EXPECT_EQ(output.svg.find("+N"), std::string::npos) << "no overflow legend without overflow";
}

TEST(OverviewMapCellsTest, OverflowLinksToFilteredListWithCount) {
  MapInput input = testing::FixedInput();
  testing::Crowd(input, "lerend-netwerk", "regionaal", static_cast<size_t>(kMaxMarksPerCell));
  const size_t total = 12 + static_cast<size_t>(kMaxMarksPerCell);
  const MapOutput output = RenderOverviewMap(input, "../");
  const MapCell* crowded = nullptr;
  for (const MapCell& cell : output.cells) {
    if (cell.row == "lerend-netwerk" && cell.column == "regionaal") crowded = &cell;
  }
  ASSERT_NE(crowded, nullptr);
  ASSERT_EQ(crowded->networks.size(), total);
  for (const std::string* svg : {&output.svg, &output.narrow_svg}) {
    const std::string markup = CellMarkup(*svg, "lerend-netwerk", "regionaal");
    const size_t drawn = CountOf(markup, "<a class=\"mark\"");
    EXPECT_EQ(CountOf(markup, "<a class=\"mark more\""), 1u);
    EXPECT_EQ(CountOf(markup, "href=\"../netwerken/index.html#types=lerend-netwerk&amp;dekking=regionaal\""), 1u);
    const std::string more = std::string("+") + std::to_string(total - drawn) + " meer";
    EXPECT_EQ(CountOf(markup, ">" + more + "</text>"), 1u) << markup;
    EXPECT_EQ(drawn + 1, static_cast<size_t>(kMaxMarksPerCell));
    // The first networks in input order are the ones drawn.
    EXPECT_EQ(CountOf(markup, "netwerken/zorgtech-oost/index.html"), 1u);
    EXPECT_EQ(CountOf(*svg, "class=\"mark more\""), 1u);
  }
}

TEST(OverviewMapCellsTest, MarksCarryAccessibleNameAndFacets) {
  const MapOutput output = RenderOverviewMap(testing::FixedInput(), "");
  EXPECT_NE(output.svg.find("aria-label=\"Level (Thema: Samen beslissen)\""), std::string::npos);
  EXPECT_NE(output.svg.find("aria-label=\"Sociaal Domein Leernetwerk (Thema: geen)\""), std::string::npos);
  EXPECT_NE(output.svg.find("data-facets=\"{&quot;types&quot;:[&quot;lerend-netwerk&quot;],"
                            "&quot;dekking&quot;:[&quot;landelijk&quot;],&quot;themas&quot;:"
                            "[&quot;samen-beslissen&quot;]}\""),
            std::string::npos);
  EXPECT_NE(output.svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"leernet-map leernet-map-wide\""),
            std::string::npos);
  EXPECT_NE(output.svg.find("role=\"group\" aria-labelledby=\"leernet-map-title\""), std::string::npos);
  // The narrow map has its own ids, so both can sit in one page.
  EXPECT_NE(output.narrow_svg.find("aria-labelledby=\"leernet-map-narrow-title\""), std::string::npos);
  EXPECT_NE(output.narrow_svg.find("<title id=\"leernet-map-narrow-title\">"), std::string::npos);
  EXPECT_NE(output.svg.find(".mark:focus .chip{stroke:"), std::string::npos);
}

TEST(OverviewMapCellsTest, LongTitlesWrapAndAreNamedInFull) {
  const MapOutput output = RenderOverviewMap(testing::FixedInput(), "");
  const std::string full = "Regionaal Samenwerkingsverband Palliatieve Zorg Zuid-Holland Noord";
  for (const std::string* svg : {&output.svg, &output.narrow_svg}) {
    const size_t at = svg->find("aria-label=\"" + full + " (");
    ASSERT_NE(at, std::string::npos);
    const size_t text = svg->find("<text", at);
    const std::string mark = svg->substr(text, svg->find("</text>", text) - text);
    EXPECT_GT(CountOf(mark, "<tspan"), 0u) << mark;
    for (const char* word : {"Regionaal", "Samenwerkingsverband", "Palliatieve", "Zorg", "Zuid-Holland", "Noord"}) {
      EXPECT_NE(mark.find(word), std::string::npos) << word;
    }
    EXPECT_EQ(mark.find("\xE2\x80\xA6"), std::string::npos) << "no title is cut";
  }
}

TEST(OverviewMapCellsTest, EmptyInputStillWellFormed) {
  std::string error;
  const MapOutput output = RenderOverviewMap(MapInput{}, "");
  EXPECT_TRUE(testing::IsWellFormed(output.svg, &error)) << error;
  EXPECT_TRUE(testing::IsWellFormed(output.thumbnail_svg, &error)) << error;
  EXPECT_TRUE(output.cells.empty());
}

}  // namespace
}  // namespace leernet::map
