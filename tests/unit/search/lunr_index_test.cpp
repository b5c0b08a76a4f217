#include "search/lunr_index.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace leernet::search {
namespace {

std::string ReadGolden(const char* name) {
  const std::filesystem::path path =
      std::filesystem::path(__FILE__).parent_path() / "golden" / name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Must stay identical to the documents in golden/make_golden.js.
const std::vector<IndexField> kGoldenFields = {{"titel", 10}, {"inhoud", 1}};
const std::vector<IndexDocument> kGoldenDocs = {
    {"/nl/zorg/",
     1,
     {"Passende zorg", "‘Passende zorg’ voor cliënten en patiënten — één e-mail per week."}},
    {"b",
     2,
     {"Leer- en verbeternetwerken",
      "Het netwerk leert en verbetert: 50% van de zorg\u00adverleners doet mee (2023-2024)."}},
    {"10",
     1,
     {"Coördinatie", "Coördinatie, naïef & reëel. ΟΔΟΣ İstanbul 😀 running generalization"}},
    {"2", 0.5, {"", "zorg zorg zorg passende"}},
    {"\"quoted\"\\path", 1.5, {"Tab\there", "Control \x01 char, café’s zorg"}},
};

TEST(LunrIndexTest, DutchIndexMatchesLunrGolden) {
  const std::string golden = ReadGolden("small_nl.json");
  ASSERT_FALSE(golden.empty());
  EXPECT_EQ(BuildLunrIndexJson(Language::kDutch, kGoldenFields, kGoldenDocs), golden);
}

TEST(LunrIndexTest, EnglishIndexMatchesLunrGolden) {
  const std::string golden = ReadGolden("small_en.json");
  ASSERT_FALSE(golden.empty());
  EXPECT_EQ(BuildLunrIndexJson(Language::kEnglish, kGoldenFields, kGoldenDocs), golden);
}

TEST(LunrIndexTest, PostingPutsArrayIndexRefsFirstInNumericOrder) {
  std::vector<IndexDocument> docs;
  for (const char* ref : {"b", "4294967295", "10", "4294967294", "007", "2", "-1", "1.5"}) {
    docs.push_back({ref, 1, {"zorg"}});
  }
  const std::string json = BuildLunrIndexJson(Language::kDutch, {{"body", 1}}, docs);
  EXPECT_NE(json.find("[\"zorg\",{\"_index\":0,\"body\":{\"2\":{},\"10\":{},\"4294967294\":{},"
                      "\"b\":{},\"4294967295\":{},\"007\":{},\"-1\":{},\"1.5\":{}}}]"),
            std::string::npos)
      << json;
  // fieldVectors keep add order.
  EXPECT_NE(json.find("\"fieldVectors\":[[\"body/b\","), std::string::npos);
}

// Expected strings in this file were produced by lunr 2.3.9 in node.
TEST(LunrIndexTest, EmptyFieldsStillGetAVectorAndAPostingKey) {
  const std::string json = BuildLunrIndexJson(Language::kEnglish, {{"title", 1}, {"body", 1}},
                                              {{"a", 1, {"", "Hello"}}, {"c", 1, {"x"}}});
  EXPECT_EQ(json,
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":["
            "[\"title/a\",[]],[\"body/a\",[0,0.492]],[\"title/c\",[1,0.492]],[\"body/c\",[]]],"
            "\"invertedIndex\":[[\"hello\",{\"_index\":0,\"title\":{},\"body\":{\"a\":{}}}],"
            "[\"x\",{\"_index\":1,\"title\":{\"c\":{}},\"body\":{}}]],\"pipeline\":[\"stemmer\"]}");
}

TEST(LunrIndexTest, SerialisesTheSearchPipelineOfTheLanguage) {
  const std::string nl = BuildLunrIndexJson(Language::kDutch, {{"f", 1}}, {});
  EXPECT_EQ(nl,
            "{\"version\":\"2.3.9\",\"fields\":[\"f\"],\"fieldVectors\":[],\"invertedIndex\":[],"
            "\"pipeline\":[\"trimmer-nl\",\"stemmer-nl\"]}");
  const std::string en = BuildLunrIndexJson(Language::kEnglish, {{"f", 1}}, {});
  EXPECT_NE(en.find("\"pipeline\":[\"stemmer\"]}"), std::string::npos);
}

TEST(LunrIndexTest, ZeroBoostCountsAsOne) {
  const std::vector<IndexDocument> one = {{"a", 1, {"zorg welzijn"}}, {"b", 1, {"zorg"}}};
  const std::vector<IndexDocument> zero = {{"a", 0, {"zorg welzijn"}}, {"b", 1, {"zorg"}}};
  EXPECT_EQ(BuildLunrIndexJson(Language::kDutch, {{"f", 0}}, zero),
            BuildLunrIndexJson(Language::kDutch, {{"f", 1}}, one));
}

TEST(LunrIndexTest, RepeatedRefKeepsFirstPositionAndLastContent) {
  // Output of lunr 2.3.9 for the same three adds.
  EXPECT_EQ(BuildLunrIndexJson(Language::kEnglish, {{"f", 1}},
                               {{"a", 1, {"apple"}}, {"b", 1, {"pear"}}, {"a", 1, {"pear"}}}),
            "{\"version\":\"2.3.9\",\"fields\":[\"f\"],\"fieldVectors\":[[\"f/a\",[1,0.47]],"
            "[\"f/b\",[1,0.47]]],\"invertedIndex\":[[\"appl\",{\"_index\":0,\"f\":{\"a\":{}}}],"
            "[\"pear\",{\"_index\":1,\"f\":{\"b\":{},\"a\":{}}}]],\"pipeline\":[\"stemmer\"]}");
}

TEST(LunrIndexTest, RejectsFieldNamesWithSlash) {
  EXPECT_EQ(BuildLunrIndexJson(Language::kDutch, {{"a/b", 1}}, {{"x", 1, {"zorg"}}}), "");
}

TEST(LunrIndexTest, SearchDocsJsonHasTheDocumentedShape) {
  EXPECT_EQ(SearchDocsJson(Language::kDutch, {{"titel", 10}, {"inhoud", 1}},
                           {{"/nl/a/", 1.5, {"Zorg \"x\"", "tekst"}}}),
            "{\"language\":\"nl\",\"fields\":[{\"name\":\"titel\",\"boost\":10},"
            "{\"name\":\"inhoud\",\"boost\":1}],\"documents\":[{\"ref\":\"/nl/a/\",\"boost\":1.5,"
            "\"fields\":{\"titel\":\"Zorg \\\"x\\\"\",\"inhoud\":\"tekst\"}}]}");
}

TEST(LunrIndexTest, LanguageCodesRoundTrip) {
  EXPECT_EQ(LanguageFromCode("nl"), Language::kDutch);
  EXPECT_EQ(LanguageFromCode("en"), Language::kEnglish);
  EXPECT_FALSE(LanguageFromCode("de").has_value());
  EXPECT_EQ(LanguageCode(Language::kDutch), "nl");
}

}  // namespace
}  // namespace leernet::search
