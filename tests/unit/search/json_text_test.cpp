#include "search/json_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace leernet::search {
namespace {

std::string Score(double score) {
  std::string out;
  AppendRoundedScore(score, out);
  return out;
}

std::string Number(double x) {
  std::string out;
  AppendJsNumber(x, out);
  return out;
}

std::string Quoted(std::string_view utf8) {
  std::string out;
  AppendJsonString(utf8, out);
  return out;
}

std::string Quoted16(std::u16string_view utf16) {
  std::string out;
  AppendJsonString(utf16, out);
  return out;
}

TEST(SearchJsonTextTest, RoundedScoresPrintLikeJsNumbers) {
  EXPECT_EQ(Score(9.4), "9.4");
  EXPECT_EQ(Score(0.05), "0.05");
  EXPECT_EQ(Score(2), "2");
  EXPECT_EQ(Score(37.78512), "37.785");
  EXPECT_EQ(Score(0), "0");
  EXPECT_EQ(Score(-0.0001), "0");     // -0 prints as 0
  EXPECT_EQ(Score(1.0005), "1.001");  // as Math.round(1.0005 * 1000) / 1000
  EXPECT_EQ(Score(0.0004), "0");
  EXPECT_EQ(Score(-1.5), "-1.5");
  EXPECT_EQ(Score(123456.7894), "123456.789");
  EXPECT_EQ(Score(std::numeric_limits<double>::infinity()), "null");
}

TEST(SearchJsonTextTest, MathRoundSendsHalvesUp) {
  EXPECT_EQ(JsMathRound(0.49999999999999994), 0.0);
  EXPECT_EQ(JsMathRound(2.5), 3.0);
  EXPECT_EQ(JsMathRound(-2.5), -2.0);
  EXPECT_TRUE(std::signbit(JsMathRound(-0.2)));
}

TEST(SearchJsonTextTest, NumbersUseJsLayout) {
  EXPECT_EQ(Number(10), "10");
  EXPECT_EQ(Number(2.5), "2.5");
  EXPECT_EQ(Number(100000), "100000");
  EXPECT_EQ(Number(1e21), "1e+21");
  EXPECT_EQ(Number(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(Number(0.000001), "0.000001");
  EXPECT_EQ(Number(1.5e-7), "1.5e-7");
  EXPECT_EQ(Number(-0.0), "0");
  EXPECT_EQ(Number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(Number(std::nan("")), "null");
}

TEST(SearchJsonTextTest, EscapesLikeJsonStringify) {
  EXPECT_EQ(Quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(Quoted("\b\f\n\r\t"), "\"\\b\\f\\n\\r\\t\"");
  EXPECT_EQ(Quoted(std::string("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
  EXPECT_EQ(Quoted("/nl/é\x7f\u2028"), "\"/nl/é\x7f\u2028\"");
  EXPECT_EQ(Quoted("😀"), "\"😀\"");
  EXPECT_EQ(Quoted16(u"a\xD83D"), "\"a\\ud83d\"");
  EXPECT_EQ(Quoted16(u"\xDE00z"), "\"\\ude00z\"");
  EXPECT_EQ(Quoted("bad\xff"), "\"bad\uFFFD\"");
}

TEST(SearchJsonTextTest, RecognisesArrayIndexKeys) {
  EXPECT_EQ(ArrayIndexKey("0"), 0u);
  EXPECT_EQ(ArrayIndexKey("10"), 10u);
  EXPECT_EQ(ArrayIndexKey("4294967294"), 4294967294u);
  EXPECT_FALSE(ArrayIndexKey("4294967295"));
  EXPECT_FALSE(ArrayIndexKey("007"));
  EXPECT_FALSE(ArrayIndexKey("-1"));
  EXPECT_FALSE(ArrayIndexKey("1.5"));
  EXPECT_FALSE(ArrayIndexKey(""));
  EXPECT_FALSE(ArrayIndexKey("/nl/1/"));
}

}  // namespace
}  // namespace leernet::search
