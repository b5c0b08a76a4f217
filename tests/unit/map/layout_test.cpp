// Geometry guarantees behind "every network readable, nothing overlaps, the map fits its
// column": marks sit inside their cell, cells do not overlap, the wide map is no wider than
// kMapWidth and the narrow one is kNarrowWidth, muted columns come last.
#include "map/layout.h"

#include <gtest/gtest.h>

#include <string>

#include "map/cells.h"
#include "map_fixtures.h"

namespace leernet::map {
namespace {

struct Rect {
  int x, y, w, h;
};

bool Overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

void ExpectLayoutHolds(const MapInput& input, const MapLayout& layout, const std::vector<MapCell>& cells) {
  std::vector<size_t> placed(cells.size(), 0);
  std::vector<Rect> boxes;
  for (const CellBox& box : layout.boxes) {
    ASSERT_LT(box.cell, cells.size());
    EXPECT_GE(box.x, 0);
    EXPECT_LE(box.x + box.width, layout.width);
    EXPECT_LE(box.y + box.height, layout.height);
    std::vector<Rect> marks;
    for (const PlacedMark& mark : box.marks) {
      const Rect r{mark.x, mark.y, mark.width, MarkHeight(static_cast<int>(mark.lines.size()))};
      EXPECT_GE(r.x, box.x);
      EXPECT_LE(r.x + r.w, box.x + box.width);
      EXPECT_GE(r.y, box.y);
      EXPECT_LE(r.y + r.h, box.y + box.height) << input.networks[mark.network].title;
      for (const Rect& other : marks) EXPECT_FALSE(Overlap(r, other));
      marks.push_back(r);
      // The whole title is on the mark: wrapped, never cut.
      std::string joined;
      for (const std::string& line : mark.lines) joined += (joined.empty() ? "" : " ") + line;
      EXPECT_EQ(joined, input.networks[mark.network].title);
    }
    const Rect r{box.x, box.y, box.width, box.height};
    for (const Rect& other : boxes) EXPECT_FALSE(Overlap(r, other));
    boxes.push_back(r);
    placed[box.cell] += box.marks.size() + box.hidden;
    if (box.hidden > 0) {
      EXPECT_EQ(box.marks.size(), static_cast<size_t>(kMaxMarksPerCell - 1));
    }
  }
  for (size_t i = 0; i < cells.size(); ++i) EXPECT_EQ(placed[i], cells[i].networks.size()) << i;
}

TEST(MapLayoutTest, FixedInputFitsBothWays) {
  MapInput input = testing::FixedInput();
  input.columns.back().muted = true;
  const std::vector<MapCell> cells = BuildCells(input);
  const MapLayout wide = ComputeLayout(input, cells);
  ExpectLayoutHolds(input, wide, cells);
  EXPECT_LE(wide.width, kMapWidth);
  EXPECT_FALSE(wide.any_hidden);
  const MapLayout narrow = ComputeNarrowLayout(input, cells);
  ExpectLayoutHolds(input, narrow, cells);
  EXPECT_EQ(narrow.width, kNarrowWidth);
}

TEST(MapLayoutTest, LargeInputFitsBothWays) {
  for (const size_t count : {0u, 1u, 9u, 50u, 2000u}) {
    SCOPED_TRACE(count);
    const MapInput input = testing::LargeInput(count);
    const std::vector<MapCell> cells = BuildCells(input);
    const MapLayout wide = ComputeLayout(input, cells);
    ExpectLayoutHolds(input, wide, cells);
    EXPECT_LE(wide.width, kMapWidth);
    ExpectLayoutHolds(input, ComputeNarrowLayout(input, cells), cells);
  }
}

TEST(MapLayoutTest, LongTitlesWrapInsteadOfWideningTheMap) {
  MapInput input = testing::BaseInput();
  input.columns.back().muted = true;
  for (const auto& column : {"lokaal", "regionaal", "landelijk", "internationaal", "onbekend"}) {
    input.networks.push_back(testing::Network(std::string("Regionaal Samenwerkingsverband Palliatieve Zorg ") + column,
                                              column, {"beweging"}, column, ""));
  }
  const std::vector<MapCell> cells = BuildCells(input);
  const MapLayout layout = ComputeLayout(input, cells);
  EXPECT_LE(layout.width, kMapWidth);
  size_t wrapped = 0;
  for (const CellBox& box : layout.boxes) {
    for (const PlacedMark& mark : box.marks) wrapped += mark.lines.size() > 1;
  }
  EXPECT_GT(wrapped, 0u);
  ExpectLayoutHolds(input, layout, cells);
}

TEST(MapLayoutTest, MutedColumnIsABandBelowTheGrid) {
  MapInput input = testing::FixedInput();
  input.columns[4].muted = true;  // onbekend
  const std::vector<MapCell> cells = BuildCells(input);
  const MapLayout layout = ComputeLayout(input, cells);
  int grid_bottom = 0;
  for (const CellBox& box : layout.boxes) {
    if (!box.muted) grid_bottom = std::max(grid_bottom, box.y + box.height);
  }
  size_t muted = 0;
  for (const CellBox& box : layout.boxes) {
    if (!box.muted) continue;
    ++muted;
    EXPECT_EQ(cells[box.cell].column, "onbekend");
    EXPECT_GE(box.y, grid_bottom);
    EXPECT_EQ(box.width, layout.width);
  }
  EXPECT_EQ(muted, 1u);  // only the one row with a network of unknown reach
  // The narrow map lists the muted column last.
  const MapLayout narrow = ComputeNarrowLayout(input, cells);
  ASSERT_FALSE(narrow.headers.empty());
  EXPECT_EQ(narrow.headers.back().key, "onbekend");
  EXPECT_TRUE(narrow.headers.back().muted);
}

TEST(MapLayoutTest, CrowdedCellKeepsAnOverflowMarkAboveTheBound) {
  MapInput input = testing::BaseInput();
  for (int i = 0; i < kMaxMarksPerCell + 5; ++i) {
    input.networks.push_back(testing::Network(std::string("N") + std::to_string(i),
                                              std::string("n") + std::to_string(i), {"beweging"}, "lokaal", ""));
  }
  const std::vector<MapCell> cells = BuildCells(input);
  const MapLayout layout = ComputeLayout(input, cells);
  EXPECT_TRUE(layout.any_hidden);
  ExpectLayoutHolds(input, layout, cells);
}

}  // namespace
}  // namespace leernet::map
