// Geometry guarantees behind "marks never overlap and labels stay readable": what a cell
// shows fits its row, and rows and columns stay within their bounds at any input size.
#include "map/layout.h"

#include <gtest/gtest.h>

#include <string>

#include "map/cells.h"
#include "map_fixtures.h"

namespace leernet::map {
namespace {

void ExpectLayoutHolds(const MapInput& input) {
  const std::vector<MapCell> cells = BuildCells(input);
  const MapLayout layout = ComputeLayout(input, cells);
  const size_t columns = input.columns.size();
  ASSERT_EQ(layout.plans.size(), cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    const size_t r = i / columns;
    const CellPlan& plan = layout.plans[i];
    const int marks = static_cast<int>(plan.shown.size()) + (plan.hidden > 0 ? 1 : 0);
    EXPECT_LE(marks, layout.row_capacity[r]);
    // Stacked marks, their gaps and the padding fit inside the row: no overlap with the
    // next row.
    EXPECT_LE(2 * kCellPadding + marks * kMarkHeight + (marks - 1) * kMarkGap,
              layout.row_height[r]);
    EXPECT_EQ(plan.shown.size() + plan.hidden, cells[i].networks.size());
    if (plan.hidden > 0) {
      EXPECT_EQ(marks, layout.row_capacity[r]) << "overflow wastes room";
    }
  }
  for (size_t r = 0; r + 1 < input.rows.size(); ++r) {
    EXPECT_EQ(layout.row_y[r] + layout.row_height[r], layout.row_y[r + 1]);
    EXPECT_LE(layout.row_capacity[r], kMaxMarksPerCell + 1) << "only tall headers add room";
  }
  for (size_t c = 0; c < columns; ++c) {
    EXPECT_GE(layout.column_width[c], kMinColumnWidth);
    EXPECT_LE(layout.column_width[c], kMaxColumnWidth);
    if (c + 1 < columns) {
      EXPECT_EQ(layout.column_x[c] + layout.column_width[c], layout.column_x[c + 1]);
    }
  }
}

TEST(MapLayoutTest, FixedInputFits) { ExpectLayoutHolds(testing::FixedInput()); }

TEST(MapLayoutTest, LargeInputFits) {
  for (const size_t count : {0u, 1u, 9u, 50u, 2000u}) {
    SCOPED_TRACE(count);
    ExpectLayoutHolds(testing::LargeInput(count));
  }
}

TEST(MapLayoutTest, ColumnsGrowWithTitlesUpToTheMaximum) {
  MapInput input = testing::BaseInput();
  input.networks = {testing::Network("Kort", "kort", {"beweging"}, "lokaal", ""),
                    testing::Network(std::string(200, 'W'), "lang", {"beweging"}, "regionaal", "")};
  const MapLayout layout = ComputeLayout(input, BuildCells(input));
  EXPECT_EQ(layout.column_width[0], kMinColumnWidth);
  EXPECT_EQ(layout.column_width[1], kMaxColumnWidth);
}

TEST(MapLayoutTest, CapacityOfOneStillShowsTheOverflowMark) {
  // A row whose cells hold more than fit but whose header is short: the one slot holds
  // "+N meer" rather than a network and nothing.
  MapInput input = testing::BaseInput();
  for (int i = 0; i < 20; ++i) {
    input.networks.push_back(testing::Network(std::string("N") + std::to_string(i),
                                              std::string("n") + std::to_string(i), {"beweging"},
                                              "lokaal", ""));
  }
  const MapLayout layout = ComputeLayout(input, BuildCells(input));
  const CellPlan& plan = layout.plans[4 * input.columns.size()];
  EXPECT_EQ(plan.shown.size() + 1, static_cast<size_t>(layout.row_capacity[4]));
  EXPECT_EQ(plan.hidden, 20 - plan.shown.size());
}

}  // namespace
}  // namespace leernet::map
