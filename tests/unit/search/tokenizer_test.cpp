#include "search/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace leernet::search {
namespace {

using testing::U16;
using testing::U8;

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> tokens;
  const std::u16string units = U16(text);
  SplitLunrTokens(units, [&](std::u16string_view t) { tokens.push_back(U8(t)); });
  return tokens;
}

TEST(LunrTokenizerTest, SeparatorSetMatchesJsWhitespaceAndHyphen) {
  int count = 0;
  for (char32_t c = 0; c <= 0xFFFF; ++c) {
    if (IsLunrSeparator(static_cast<char16_t>(c))) ++count;
  }
  // 0009-000D, 0020, 002D, 00A0, 1680, 2000-200A, 2028, 2029, 202F, 205F,
  // 3000, FEFF.
  EXPECT_EQ(count, 5 + 1 + 1 + 1 + 1 + 11 + 2 + 1 + 1 + 1 + 1);
  EXPECT_TRUE(IsLunrSeparator(u'-'));
  EXPECT_TRUE(IsLunrSeparator(0x00A0));
  EXPECT_TRUE(IsLunrSeparator(0xFEFF));
  EXPECT_FALSE(IsLunrSeparator(0x2013));  // en dash
  EXPECT_FALSE(IsLunrSeparator(0x2014));  // em dash
  EXPECT_FALSE(IsLunrSeparator(0x00AD));  // soft hyphen
  EXPECT_FALSE(IsLunrSeparator(0x0085));  // NEL is not \s in JS
  EXPECT_FALSE(IsLunrSeparator(0x200B));  // zero width space
}

TEST(LunrTokenizerTest, SplitsOnSeparatorsAndSkipsEmptySlices) {
  EXPECT_EQ(Split("leer- en verbeternetwerken"),
            (std::vector<std::string>{"leer", "en", "verbeternetwerken"}));
  EXPECT_EQ(Split("  e-mail \t--x  "), (std::vector<std::string>{"e", "mail", "x"}));
  EXPECT_EQ(Split("zorg–welzijn"), (std::vector<std::string>{"zorg–welzijn"}));
  EXPECT_EQ(Split("zorg — welzijn"), (std::vector<std::string>{"zorg", "—", "welzijn"}));
  EXPECT_EQ(Split("a\u00a0b"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" - ").empty());
}

}  // namespace
}  // namespace leernet::search
