// The building blocks: palette contrast (WCAG AA), distinct colour/shape pairs, and the
// text fitting that keeps labels inside their marks.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "map/layout.h"
#include "map/palette.h"
#include "map/text_measure.h"

namespace leernet::map {
namespace {

TEST(MapPaletteTest, ColoursMeetGraphicContrastOnWhiteAndCells) {
  for (size_t i = 0; i < kPaletteSize; ++i) {
    EXPECT_GE(ContrastRatio(PaletteColor(i), "#FFFFFF"), 3.0) << PaletteColor(i);
    EXPECT_GE(ContrastRatio(PaletteColor(i), kCellBackground), 3.0) << PaletteColor(i);
  }
  EXPECT_GE(ContrastRatio(NoColorSwatch().color, kCellBackground), 3.0);
  EXPECT_GE(ContrastRatio(kFocus, "#FFFFFF"), 3.0);
}

TEST(MapPaletteTest, TextMeetsAaOnEveryBackground) {
  for (const std::string_view background : {std::string_view("#FFFFFF"), kCellBackground, kHeaderBackground}) {
    EXPECT_GE(ContrastRatio(kInk, background), 4.5) << background;
    EXPECT_GE(ContrastRatio(kMutedInk, background), 4.5) << background;
  }
}

TEST(MapPaletteTest, FirstSixtyFourValuesGetDistinctColourShapePairs) {
  std::set<std::pair<std::string_view, Shape>> seen;
  for (size_t i = 0; i < kPaletteSize * kPaletteSize; ++i) {
    const Swatch swatch = SwatchFor(i);
    EXPECT_TRUE(seen.emplace(swatch.color, swatch.shape).second) << i;
    EXPECT_NE(swatch.shape, Shape::kRing) << "the ring means no colour";
  }
  // Within one round every colour also has its own shape, so shape alone tells them apart.
  std::set<Shape> shapes;
  for (size_t i = 0; i < kPaletteSize; ++i) shapes.insert(SwatchFor(i).shape);
  EXPECT_EQ(shapes.size(), kPaletteSize);
}

TEST(MapTextTest, WidthFollowsArialMetrics) {
  EXPECT_EQ(TextWidth("", kMarkFont), 0);
  EXPECT_LT(TextWidth("iiii", kMarkFont), TextWidth("MMMM", kMarkFont));
  // 10 x 556/1000 em at 12 px is 66.7 px, plus the 3% margin.
  EXPECT_EQ(TextWidth("0123456789", kMarkFont), 69);
  EXPECT_GT(TextWidth("abc", kHeaderFont), TextWidth("abc", Font{13, false}));
}

TEST(MapTextTest, TruncateAddsEllipsisAndFits) {
  EXPECT_EQ(TruncateToWidth("Level", 100, kMarkFont), "Level");
  const std::string cut = TruncateToWidth("Netwerk Acute Zorg Noordwest", 80, kMarkFont);
  EXPECT_LE(TextWidth(cut, kMarkFont), 80);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");
  EXPECT_NE(cut[cut.size() - 4], ' ') << "no space before the ellipsis";
  const std::string words = cut.substr(0, cut.size() - 3);
  EXPECT_EQ(std::string("Netwerk Acute Zorg Noordwest").compare(0, words.size() + 1, words + " "), 0)
      << "cut at a word boundary: " << cut;
  EXPECT_EQ(TruncateToWidth("Deelnemersnetwerk 06 (kennissynthese)", 150, kMarkFont).find('('), std::string::npos)
      << "no unclosed bracket";
  EXPECT_EQ(TruncateToWidth("Level", 2, kMarkFont), "");
}

TEST(MapTextTest, WrapBreaksAtSpacesWithinLimits) {
  const auto lines = WrapToWidth("Praktijkgericht netwerk van zorgprofessionals", 120, kHeaderFont, 3);
  ASSERT_GE(lines.size(), 2u);
  ASSERT_LE(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_LE(TextWidth(line, kHeaderFont), 120);
  EXPECT_EQ(lines[0], "Praktijkgericht");

  const auto cut = WrapToWidth("een twee drie vier vijf zes zeven acht", 60, kHeaderFont, 2);
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[1].substr(cut[1].size() - 3), "\xE2\x80\xA6");
}

}  // namespace
}  // namespace leernet::map
