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
  StemEnglish(w);
  return U8(w);
}

// Expected stems were produced by lunr 2.3.9 (lunr.stemmer).
TEST(EnglishStemmerTest, StemsPorterExamples) {
  EXPECT_EQ(Stem("caresses"), "caress");
  EXPECT_EQ(Stem("ponies"), "poni");
  EXPECT_EQ(Stem("cats"), "cat");
  EXPECT_EQ(Stem("agreed"), "agre");
  EXPECT_EQ(Stem("feed"), "feed");
  EXPECT_EQ(Stem("hopping"), "hop");
  EXPECT_EQ(Stem("filing"), "file");
  EXPECT_EQ(Stem("running"), "run");
  EXPECT_EQ(Stem("relational"), "relat");
  EXPECT_EQ(Stem("conditional"), "condit");
  EXPECT_EQ(Stem("generalization"), "gener");
  EXPECT_EQ(Stem("hopeful"), "hope");
  EXPECT_EQ(Stem("adjustable"), "adjust");
  EXPECT_EQ(Stem("electricity"), "electr");
  EXPECT_EQ(Stem("controll"), "control");
  EXPECT_EQ(Stem("rate"), "rate");
  EXPECT_EQ(Stem("cease"), "ceas");
}

TEST(EnglishStemmerTest, AppliesLunrsExtraLogiAndBliRules) {
  EXPECT_EQ(Stem("anthology"), "antholog");
  EXPECT_EQ(Stem("assemblies"), "assembl");
}

TEST(EnglishStemmerTest, TurnsYIntoIOnlyAfterANonFirstConsonant) {
  EXPECT_EQ(Stem("try"), "tri");
  EXPECT_EQ(Stem("sky"), "ski");
  EXPECT_EQ(Stem("happy"), "happi");
  EXPECT_EQ(Stem("lay"), "lay");
  EXPECT_EQ(Stem("bailey"), "bailey");
  EXPECT_EQ(Stem("yellow"), "yellow");
  EXPECT_EQ(Stem("youth"), "youth");
  EXPECT_EQ(Stem("yes"), "ye");
}

TEST(EnglishStemmerTest, UndoublesAnyConsonantButLSZ) {
  EXPECT_EQ(Stem("trekking"), "trek");
  EXPECT_EQ(Stem("revved"), "rev");
}

TEST(EnglishStemmerTest, LeavesShortWordsAndPossessivesAlone) {
  EXPECT_EQ(Stem("as"), "as");
  EXPECT_EQ(Stem(""), "");
  EXPECT_EQ(Stem("kurdistan's"), "kurdistan'");
  EXPECT_EQ(Stem("ïs"), "ïs");
}

}  // namespace
}  // namespace leernet::search
