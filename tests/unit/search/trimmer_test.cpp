#include "search/trimmer.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace leernet::search {
namespace {

using testing::U16;
using testing::U8;

std::string Dutch(std::string_view token) { return U8(TrimDutch(U16(token))); }
std::string English(std::string_view token) { return U8(TrimEnglish(U16(token))); }

TEST(TrimmerTest, EnglishTrimmerTreatsNonAsciiAsNonWord) {
  EXPECT_EQ(English("één"), "n");
  EXPECT_EQ(English("ĳsselmeer"), "sselmeer");
  EXPECT_EQ(English("(haakjes)"), "haakjes");
  EXPECT_EQ(English("_x_"), "_x_");
  EXPECT_EQ(English("—"), "");
  EXPECT_EQ(English("d.w.z."), "d.w.z");
}

TEST(TrimmerTest, DutchTrimmerKeepsLatinLettersAndDigits) {
  EXPECT_EQ(Dutch("één"), "één");
  EXPECT_EQ(Dutch("‘zorg’"), "zorg");
  EXPECT_EQ(Dutch("50%"), "50");
  EXPECT_EQ(Dutch("_x_"), "x");
  EXPECT_EQ(Dutch("οδος"), "");
  EXPECT_EQ(Dutch("café’s"), "café’s");
  EXPECT_EQ(Dutch("😀zorg😀"), "zorg");
  EXPECT_EQ(Dutch("×a÷"), "a");
}

TEST(TrimmerTest, DutchWordUnitsFollowLunrNlRanges) {
  EXPECT_TRUE(IsDutchWordUnit(0x00AA));
  EXPECT_TRUE(IsDutchWordUnit(0x1E9E));
  EXPECT_TRUE(IsDutchWordUnit(0xFF41));
  EXPECT_FALSE(IsDutchWordUnit(0x00D7));
  EXPECT_FALSE(IsDutchWordUnit(0x02B9));
  EXPECT_FALSE(IsDutchWordUnit(0xAB5B));
  EXPECT_FALSE(IsDutchWordUnit(u'_'));
  EXPECT_FALSE(IsDutchWordUnit(0xD83D));
}

}  // namespace
}  // namespace leernet::search
