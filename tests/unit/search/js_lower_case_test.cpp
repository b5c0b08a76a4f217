#include "search/js_lower_case.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace leernet::search {
namespace {

using testing::U16;
using testing::U8;

std::string Lower(std::string_view text) {
  std::u16string out;
  AppendJsLowerCase(U16(text), out);
  return U8(out);
}

TEST(JsLowerCaseTest, LowercasesAsciiAndLatin) {
  EXPECT_EQ(Lower("Hello WORLD 123"), "hello world 123");
  EXPECT_EQ(Lower("CLIËNT Ĳsselmeer ÀÉÎÕÜ"), "cliënt ĳsselmeer àéîõü");
  EXPECT_EQ(Lower("ß ẞ"), "ß ß");
}

TEST(JsLowerCaseTest, DottedCapitalIBecomesTwoUnits) {
  const std::u16string in = U16("İstanbul");
  std::u16string out;
  AppendJsLowerCase(in, out);
  EXPECT_EQ(out.size(), in.size() + 1);
  EXPECT_EQ(U8(out), "i\u0307stanbul");
}

TEST(JsLowerCaseTest, ChoosesFinalSigmaByContext) {
  EXPECT_EQ(Lower("ΟΔΟΣ"), "οδος");
  EXPECT_EQ(Lower("Σ"), "σ");  // not preceded by a cased letter
  EXPECT_EQ(Lower("ΟΔΟΣ ΟΔΟΣ"), "οδος οδος");
  EXPECT_EQ(Lower("ΑΣΑ"), "ασα");    // followed by a cased letter
  EXPECT_EQ(Lower("ΑΣ.Α"), "ασ.α");  // '.' is case-ignorable
  EXPECT_EQ(Lower("ΑΣΣ"), "ασς");    // sigma itself is cased
  EXPECT_EQ(Lower("Α\u0301Σ"), "α\u0301ς");
}

TEST(JsLowerCaseTest, MapsAstralCharacters) {
  EXPECT_EQ(Lower("\U00010400"), "\U00010428");  // Deseret
  EXPECT_EQ(Lower("😀"), "😀");
}

TEST(JsLowerCaseTest, SimpleMappingsFollowUnicode) {
  EXPECT_EQ(SimpleLowerCase(U'K'), U'k');
  EXPECT_EQ(SimpleLowerCase(0x212A), U'k');  // Kelvin sign
  EXPECT_EQ(SimpleLowerCase(0x0100), 0x0101u);
  EXPECT_EQ(SimpleLowerCase(0x0101), 0x0101u);
  EXPECT_EQ(SimpleLowerCase(0x13A0), 0xAB70u);  // Cherokee
}

}  // namespace
}  // namespace leernet::search
