// Pins the full SVG for a fixed input. Layout changes show up as a reviewable diff of
// golden/overview.svg; run with LEERNET_UPDATE_GOLDEN=1 to accept them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "map/overview_map.h"
#include "map_fixtures.h"

namespace leernet::map {
namespace {

const std::string kGoldenPath = std::string(LEERNET_MAP_GOLDEN_DIR) + "/overview.svg";
const std::string kNarrowGoldenPath = std::string(LEERNET_MAP_GOLDEN_DIR) + "/overview_narrow.svg";
const std::string kThumbnailGoldenPath = std::string(LEERNET_MAP_GOLDEN_DIR) + "/overview_thumbnail.svg";

bool UpdateRequested() {
  const char* value = std::getenv("LEERNET_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void CheckGolden(const std::string& path, const std::string& actual) {
  if (UpdateRequested()) {
    std::ofstream(path, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << path;
  }
  const std::string expected = ReadFile(path);
  ASSERT_FALSE(expected.empty()) << "missing golden " << path << "; run with LEERNET_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(actual, expected) << "SVG differs from " << path
                              << "; if the change is intended, rerun with "
                                 "LEERNET_UPDATE_GOLDEN=1 and review the diff";
}

// As the site draws it: "reach unknown" muted.
MapInput MutedInput() {
  MapInput input = testing::FixedInput();
  input.columns.back().muted = true;
  return input;
}

TEST(OverviewMapGoldenTest, MapMatchesGolden) { CheckGolden(kGoldenPath, RenderOverviewMap(MutedInput(), "../").svg); }

TEST(OverviewMapGoldenTest, NarrowMapMatchesGolden) {
  CheckGolden(kNarrowGoldenPath, RenderOverviewMap(MutedInput(), "../").narrow_svg);
}

TEST(OverviewMapGoldenTest, ThumbnailMatchesGolden) {
  CheckGolden(kThumbnailGoldenPath, RenderOverviewMap(testing::FixedInput(), "").thumbnail_svg);
}

}  // namespace
}  // namespace leernet::map
