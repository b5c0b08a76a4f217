#include <gtest/gtest.h>

#include <string>

#include "support/test_site.h"

namespace leernet {
namespace {

// The basis fixture with what the matcher reads: a kenmerk kind, a `kenmerken`
// profile on the network types, and a practice field named after a kenmerk
// (`schaal`) plus `geschikt_voor`.
std::map<std::string, std::string> MatcherSite() {
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  std::string &schema = files["content/schema.yaml"];
  auto replace = [&](const std::string &from, const std::string &to) {
    size_t at = schema.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) schema.replace(at, from.size(), to);
  };
  replace("  aliassen:\n",
          "  redactioneel:\n    type: list\n    of: {type: "
          "string}\n    label: Redactioneel\n  aliassen:\n");
  replace("      volgorde: {type: int, required: true, label: Volgorde}\n  thema:",
          "      volgorde: {type: int, required: true, label: Volgorde}\n"
          "      kenmerken:\n        type: list\n        label: Kenmerken\n        "
          "of:\n          type: object\n"
          "          fields:\n            kenmerk: {type: ref, kind: kenmerk, "
          "required: true, label: Kenmerk}\n"
          "            pool: {type: string, required: true, label: Waarde}\n"
          "            toelichting: {type: string, label: Toelichting}\n"
          "  kenmerk:\n    folder: kenmerken\n    label: Kenmerk\n    plural: "
          "Kenmerken\n    fields:\n"
          "      volgorde: {type: int, required: true, label: Volgorde}\n"
          "      pool_a: {type: string, required: true, label: Van}\n"
          "      pool_b: {type: string, required: true, label: Tot}\n"
          "  thema:");
  replace("        label: Categorie\n      vragen:",
          "        label: Categorie\n"
          "      schaal: {type: enum, values: [klein, groot, beide], label: "
          "Schaal}\n"
          "      geschikt_voor:\n        type: list\n        of: {type: ref, "
          "kind: netwerktype}\n        label: Geschikt voor\n"
          "      vragen:");
  files["content/kenmerken/schaal.md"] =
      "---\ntitel: Schaal\nsamenvatting: Hoeveel mensen doen mee?\nvolgorde: "
      "1\npool_a: Groot\npool_b: Klein\n---\n";
  files["content/kenmerken/looptijd.md"] =
      "---\ntitel: Looptijd\nsamenvatting: Hoe lang?\nvolgorde: 2\npool_a: "
      "Tijdgebonden\npool_b: Structureel\n---\n";
  files["content/kenmerken/datagedrevenheid.md"] =
      "---\ntitel: Data\nsamenvatting: Welke rol speelt data?\nvolgorde: "
      "3\npool_a: Afwezig\npool_b: Sterk\n---\n";
  files["content/typen/intervisie.yaml"] =
      "titel: Intervisiegroep\nsamenvatting: Kleine groep.\nvolgorde: "
      "1\nkenmerken:\n"
      "  - kenmerk: looptijd\n    pool: beide\n"
      "  - kenmerk: schaal\n    pool: \"klein\"\n    toelichting: \"Zes tot "
      "acht mensen.\"\n";
  files["content/praktijken/pdsa.md"] =
      "---\ntitel: PDSA-cyclus\nsamenvatting: Korte rondes.\ncategorie: "
      "verbetermethode\nschaal: groot\n"
      "geschikt_voor: [intervisie]\nredactioneel: "
      "[geschikt_voor]\n---\nTekst.\n";
  return files;
}

std::string Script(const std::map<std::string, std::string> &files, Diagnostics *diags_out = nullptr) {
  MemoryFileSystem fs(files);
  BuildResult result = RunBuild(fs, testing::TestBuildOptions());
  if (diags_out)
    *diags_out = result.diags;
  else
    EXPECT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  return result.output.files["welk-netwerk-past/matcher-data.js"];
}

TEST(MatcherDataTest, GivesTypesAndPracticesTheirPolesInKenmerkOrder) {
  std::string js = Script(MatcherSite());
  ASSERT_EQ(js.find("window.leernetMatcher = {"), js.find("window.leernetMatcher"));
  ASSERT_NE(js.find("window.leernetMatcher = {"), std::string::npos) << js;
  // Only kenmerken something has a value for become questions: not
  // datagedrevenheid.
  EXPECT_NE(js.find("{\"kenmerk\":\"schaal\",\"title\":\"Schaal\",\"href\":"
                    "\"kenmerken/schaal/index.html\","
                    "\"a\":\"Groot\",\"b\":\"Klein\"}"),
            std::string::npos)
      << js;
  EXPECT_NE(js.find("\"kenmerk\":\"looptijd\",\"title\""), std::string::npos);
  EXPECT_EQ(js.find("datagedrevenheid"), std::string::npos);
  // Poles are matched without regard to case; "beide" is both; the profile
  // follows kenmerk order.
  EXPECT_NE(js.find("\"slug\":\"intervisie\""), std::string::npos);
  EXPECT_NE(js.find("\"values\":[{\"kenmerk\":\"schaal\",\"pool\":\"b\","
                    "\"why\":\"Zes tot acht mensen.\","
                    "\"editorial\":false},{\"kenmerk\":\"looptijd\",\"pool\":"
                    "\"ab\",\"why\":\"\",\"editorial\":false}]"),
            std::string::npos)
      << js;
  // A practice's enum field named after a kenmerk, and the types it suits,
  // marked editorial.
  EXPECT_NE(js.find("\"values\":[{\"kenmerk\":\"schaal\",\"pool\":\"a\","
                    "\"why\":\"\",\"editorial\":false}],"
                    "\"types\":[\"intervisie\"],\"typesEditorial\":true"),
            std::string::npos)
      << js;
}

TEST(MatcherDataTest, RendersQuestionsAsRadioGroupsWithoutScript) {
  std::map<std::string, std::string> files = MatcherSite();
  MemoryFileSystem fs(files);
  BuildResult result = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  const std::string &html = result.output.files["welk-netwerk-past/index.html"];
  EXPECT_NE(html.find("<legend>Schaal</legend>"), std::string::npos) << html;
  EXPECT_NE(html.find("<input type=\"radio\" name=\"schaal\" value=\"b\"> Klein"), std::string::npos);
  EXPECT_NE(html.find("<script src=\"matcher-data.js\""), std::string::npos);
  EXPECT_NE(html.find("href=\"../typen/index.html\""), std::string::npos);
}

TEST(MatcherDataTest, ReportsAValueThatIsNoPoleAtItsPlace) {
  std::map<std::string, std::string> files = MatcherSite();
  files["content/typen/intervisie.yaml"] =
      "titel: Intervisiegroep\nsamenvatting: Kleine groep.\nvolgorde: "
      "1\nkenmerken:\n"
      "  - kenmerk: schaal\n    pool: Middel\n";
  Diagnostics diags;
  Script(files, &diags);
  std::vector<std::string> lines = testing::Headlines(diags);
  ASSERT_EQ(lines.size(), 1u) << testing::JoinLines(lines);
  EXPECT_NE(lines[0].find("typen/intervisie.yaml:6:11: fout: 'Middel' is geen "
                          "waarde van kenmerk schaal: gebruik 'Groot', 'Klein' of 'beide'"),
            std::string::npos)
      << lines[0];
  EXPECT_EQ(diags.items()[0].message.en, "'Middel' is no value of kenmerk schaal: use 'Groot', 'Klein' or 'beide'");
}

}  // namespace
}  // namespace leernet
