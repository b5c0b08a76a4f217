#include "search/stemmers.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace leernet::search {
namespace {

using testing::U16;
using testing::U8;

std::string Stem(std::string_view word) {
  std::u16string w = U16(word);
  StemDutch(w);
  return U8(w);
}

// Expected stems were produced by lunr-languages 1.22.0 (lunr.nl.stemmer).
TEST(DutchStemmerTest, StemsCommonDutchWords) {
  EXPECT_EQ(Stem("mogelijkheden"), "mogelijk");
  EXPECT_EQ(Stem("lichamelijk"), "licham");
  EXPECT_EQ(Stem("boodschappen"), "boodschapp");
  EXPECT_EQ(Stem("gemeenten"), "gemeent");
  EXPECT_EQ(Stem("verbeternetwerken"), "verbeternetwerk");
  EXPECT_EQ(Stem("passende"), "passend");
  EXPECT_EQ(Stem("lopende"), "lopend");
  EXPECT_EQ(Stem("bakkerijen"), "bakkerij");
  EXPECT_EQ(Stem("kinderen"), "kinder");
  EXPECT_EQ(Stem("aanbiedingen"), "aanbied");
  EXPECT_EQ(Stem("zienswijze"), "zienswijz");
}

TEST(DutchStemmerTest, UndoublesLongVowels) {
  EXPECT_EQ(Stem("leer"), "ler");
  EXPECT_EQ(Stem("opgaaf"), "opgaf");
  EXPECT_EQ(Stem("ĳsselmeer"), "ĳsselmer");
}

TEST(DutchStemmerTest, RemovesDiaeresisAndAcuteInPrelude) {
  EXPECT_EQ(Stem("patiëntveiligheid"), "patientveil");
  EXPECT_EQ(Stem("zeeën"), "zeeen");
  EXPECT_EQ(Stem("brûlée"), "brûlee");
  EXPECT_EQ(Stem("crème"), "crèm");
}

TEST(DutchStemmerTest, KeepsShortAndProtectedWords) {
  EXPECT_EQ(Stem("heden"), "heden");
  EXPECT_EQ(Stem("ogen"), "ogen");
  EXPECT_EQ(Stem("vrijheid"), "vrijheid");
  EXPECT_EQ(Stem("koninkrijk"), "koninkrijk");
  EXPECT_EQ(Stem("yoghurt"), "yoghurt");
  EXPECT_EQ(Stem(""), "");
}

TEST(DutchStemmerTest, DropsPluralSButKeepsApostrophe) { EXPECT_EQ(Stem("café’s"), "cafe’"); }

// Words where libstemmer's UTF-8 mode disagrees with lunr, because lunr
// counts the "R1 >= 3" rule in UTF-16 units rather than bytes.
TEST(DutchStemmerTest, CountsRegionsInUtf16Units) {
  EXPECT_EQ(Stem("èàs"), "èàs");
  EXPECT_EQ(Stem("ëûé"), "eûe");
  EXPECT_EQ(Stem("eêé"), "eêe");
  EXPECT_EQ(Stem("ïçé"), "içe");
  EXPECT_EQ(Stem("èvé"), "ève");
}

}  // namespace
}  // namespace leernet::search
