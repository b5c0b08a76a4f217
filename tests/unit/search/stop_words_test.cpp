#include "search/stop_words.h"

#include <gtest/gtest.h>

namespace leernet::search {
namespace {

TEST(StopWordsTest, DutchListHoldsCommonWordsAndTheEmptyString) {
  EXPECT_TRUE(IsStopWord(Language::kDutch, u"en"));
  EXPECT_TRUE(IsStopWord(Language::kDutch, u"aan"));
  EXPECT_TRUE(IsStopWord(Language::kDutch, u"zou"));
  EXPECT_TRUE(IsStopWord(Language::kDutch, u""));
  EXPECT_FALSE(IsStopWord(Language::kDutch, u"één"));
  EXPECT_FALSE(IsStopWord(Language::kDutch, u"zorg"));
  EXPECT_FALSE(IsStopWord(Language::kDutch, u"the"));
}

TEST(StopWordsTest, EnglishListKeepsTheEmptyString) {
  EXPECT_TRUE(IsStopWord(Language::kEnglish, u"a"));
  EXPECT_TRUE(IsStopWord(Language::kEnglish, u"your"));
  EXPECT_TRUE(IsStopWord(Language::kEnglish, u"twas"));
  EXPECT_FALSE(IsStopWord(Language::kEnglish, u""));
  EXPECT_FALSE(IsStopWord(Language::kEnglish, u"en"));
  EXPECT_FALSE(IsStopWord(Language::kEnglish, u"constructor"));
  EXPECT_FALSE(IsStopWord(Language::kEnglish, u"__proto__"));
}

}  // namespace
}  // namespace leernet::search
