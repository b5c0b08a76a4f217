#include "search/compounds.h"

#include <gtest/gtest.h>

namespace leernet::search {
namespace {

using Parts = std::vector<std::string>;

CompoundSplitter Splitter() {
  CompoundSplitter s;
  s.AddWords(
      "verpleeg kundige verpleging kwaliteit verbetering leer netwerk "
      "ingen opleid ouderen");
  s.AddSiteWords("wijk zorg");
  return s;
}

TEST(CompoundSplitterTest, SplitsIntoKnownWords) {
  CompoundSplitter s = Splitter();
  EXPECT_EQ(s.Split("verpleegkundige"), (Parts{"verpleeg", "kundige"}));
  EXPECT_EQ(s.Split("wijkverpleging"), (Parts{"wijk", "verpleging"}));
  EXPECT_EQ(s.Split("leernetwerk"), (Parts{"leer", "netwerk"}));
}

TEST(CompoundSplitterTest, DropsTheLinkingS) {
  EXPECT_EQ(Splitter().Split("kwaliteitsverbetering"), (Parts{"kwaliteit", "verbetering"}));
}

TEST(CompoundSplitterTest, SplitsThreePartsAndPrefersFewParts) {
  CompoundSplitter s = Splitter();
  EXPECT_EQ(s.Split("leernetwerkzorg"), (Parts{"leer", "netwerk", "zorg"}));
  s.AddWords("leernetwerk");
  EXPECT_EQ(s.Split("leernetwerkzorg"), (Parts{"leernetwerk", "zorg"}));
}

TEST(CompoundSplitterTest, ShortHeadsOnlyFromTheSiteAndVowelFragmentsNotAtAll) {
  CompoundSplitter s = Splitter();
  // "ingen" is in the word list, but it is the ending of "opleidingen", not a
  // word in it.
  EXPECT_TRUE(s.Split("opleidingen").empty());
  s.AddWords("punt aanspreek");
  EXPECT_TRUE(s.Split("aanspreekpunt").empty());  // "punt" is not a word of the site
  s.AddSiteWords("punt");
  EXPECT_EQ(s.Split("aanspreekpunt"), (Parts{"aanspreek", "punt"}));
  EXPECT_EQ(s.Split("ouderenzorg"), (Parts{"ouderen", "zorg"}));
}

TEST(CompoundSplitterTest, LeavesOtherWordsAlone) {
  CompoundSplitter s = Splitter();
  EXPECT_TRUE(s.Split("netwerk").empty());
  EXPECT_TRUE(s.Split("onbekendwoord").empty());
}

TEST(CompoundSplitterTest, PartsOfTextAreLowerCaseAndEachOnce) {
  CompoundSplitter s = Splitter();
  CompoundSplitter::SplitCache cache;
  EXPECT_EQ(s.Parts("Leernetwerk voor de Wijkverpleging, leernetwerk!", cache), "leer netwerk wijk verpleging");
  EXPECT_EQ(s.Parts("gewone woorden", cache), "");
  // A second text meets the splits of the first in the cache and gets the same parts.
  EXPECT_EQ(s.Parts("wijkverpleging", cache), "wijk verpleging");
}

// A word list and site words gathered apart and merged split as if they were added to one
// splitter: site words may be short heads, list words may not.
TEST(CompoundSplitterTest, MergedSplittersSplitAsOne) {
  CompoundSplitter list, site;
  list.AddWords("verpleeg kundige verpleging kwaliteit verbetering leer netwerk ingen opleid ouderen");
  site.AddSiteWords("wijk zorg");
  site.Merge(std::move(list));
  CompoundSplitter one = Splitter();
  for (const char* word : {"wijkverpleging", "ouderenzorg", "kwaliteitsverbetering", "opleidingen", "zorgwijk"}) {
    EXPECT_EQ(site.Split(word), one.Split(word)) << word;
  }
  EXPECT_EQ(site.Split("ouderenzorg"), (Parts{"ouderen", "zorg"}));
  CompoundSplitter only_list;
  only_list.AddWords("ouderen zorg");
  EXPECT_TRUE(only_list.Split("ouderenzorg").empty());
}

}  // namespace
}  // namespace leernet::search
