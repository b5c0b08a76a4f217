// Large inputs stay readable and fast: the number of drawn marks is bounded by the grid,
// not by the number of networks, and output is identical run after run.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "map/layout.h"
#include "map/overview_map.h"
#include "map_fixtures.h"
#include "svg_check.h"

namespace leernet::map {
namespace {

using testing::CountOf;

TEST(OverviewMapScaleTest, TwoThousandNetworksAreAggregated) {
  const MapInput input = testing::LargeInput(2000);
  const auto start = std::chrono::steady_clock::now();
  const MapOutput output = RenderOverviewMap(input, "../");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  // Well under a second even in a sanitizer or debug build on a busy machine.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 500);

  const size_t cells = input.rows.size() * input.columns.size();
  const size_t marks = CountOf(output.svg, "<a class=\"mark");
  const size_t bound = static_cast<size_t>(kMaxMarksPerCell);
  EXPECT_LE(marks, cells * bound) << "a cell shows at most kMaxMarksPerCell marks";
  EXPECT_EQ(CountOf(output.svg, "<a class=\"mark more\""), cells);
  EXPECT_LT(output.svg.size(), cells * bound * 700u) << "size follows the drawn marks, not the networks";
  EXPECT_LT(output.narrow_svg.size(), cells * bound * 700u);
  EXPECT_LT(output.thumbnail_svg.size(), 20u * 1000u);

  // Drawn plus hidden adds up to every membership, counted via the "+N meer" texts.
  size_t memberships = 0;
  for (const MapCell& cell : output.cells) memberships += cell.networks.size();
  size_t hidden = 0;
  for (size_t at = output.svg.find("<a class=\"mark more\""); at != std::string::npos;
       at = output.svg.find("<a class=\"mark more\"", at + 1)) {
    const size_t title = output.svg.find("<title>+", at) + 8;
    hidden += std::stoul(output.svg.substr(title, output.svg.find(' ', title) - title));
  }
  const size_t drawn_networks = marks - cells;
  EXPECT_EQ(drawn_networks + hidden, memberships);

  std::string error;
  EXPECT_TRUE(testing::IsWellFormed(output.svg, &error)) << error;
  EXPECT_TRUE(testing::IsWellFormed(output.thumbnail_svg, &error)) << error;
  EXPECT_TRUE(testing::IsWellFormed(output.narrow_svg, &error)) << error;
}

TEST(OverviewMapScaleTest, OutputIsDeterministic) {
  const MapInput input = testing::LargeInput(2000);
  const MapOutput first = RenderOverviewMap(input, "../");
  const MapOutput second = RenderOverviewMap(input, "../");
  EXPECT_EQ(first.svg, second.svg);
  EXPECT_EQ(first.narrow_svg, second.narrow_svg);
  EXPECT_EQ(first.thumbnail_svg, second.thumbnail_svg);
  ASSERT_EQ(first.cells.size(), second.cells.size());
  for (size_t i = 0; i < first.cells.size(); ++i) {
    EXPECT_EQ(first.cells[i].networks, second.cells[i].networks);
  }
}

TEST(OverviewMapScaleTest, CoordinatesAreIntegers) {
  const MapOutput output = RenderOverviewMap(testing::LargeInput(300), "");
  for (const char* attr : {" x=\"", " y=\"", " width=\"", " height=\"", " cx=\"", " cy=\""}) {
    for (size_t at = output.svg.find(attr); at != std::string::npos; at = output.svg.find(attr, at + 1)) {
      const size_t start = at + std::string(attr).size();
      const std::string value = output.svg.substr(start, output.svg.find('"', start) - start);
      EXPECT_EQ(value.find_first_not_of("-0123456789"), std::string::npos) << attr << value;
    }
  }
}

}  // namespace
}  // namespace leernet::map
