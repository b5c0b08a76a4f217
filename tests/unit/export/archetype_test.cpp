#include "archetype/archetype.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "jsonschema/schema_export.h"
#include "pipeline.h"
#include "support/test_site.h"

namespace leernet {
namespace {

using testing::Headlines;
using testing::JoinLines;

// Turns every commented-out field line ("# naam: ...", "#   sub: ...", "#   - sub: ...") into an
// active one; help lines ("# Label (...): help") stay comments.
std::string UncommentFields(const std::string& text) {
  static const std::regex field("^# ( *(- )?[a-z_][a-z0-9_]*:( .*)?)$");
  std::istringstream in(text);
  std::string out, line;
  while (std::getline(in, line)) {
    std::smatch m;
    out += (std::regex_match(line, m, field) ? m[1].str() : line) + "\n";
  }
  return out;
}

struct SiteUnderTest {
  MemoryFileSystem fs;
  SchemaExport exported;
  std::vector<std::string> baseline;  // diagnostics before any new entry
};

SiteUnderTest Load(MemoryFileSystem fs) {
  SiteUnderTest site{std::move(fs), {}, {}};
  Diagnostics diags;
  site.exported = LoadSchemaExport(site.fs, "content", diags);
  site.baseline = Headlines(RunCheck(site.fs, testing::TestBuildOptions()).diags);
  return site;
}

// Placeholders on lines that are read: a commented-out line ("#" first) does not count.
size_t ActivePlaceholders(const std::string& text) {
  size_t n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos || line[first] == '#') continue;
    for (size_t at = line.find("\"Nog invullen"); at != std::string::npos; at = line.find("\"Nog invullen", at + 1))
      ++n;
  }
  return n;
}

// Writes the new entry of every kind at once. `leernet check` must find nothing new but the
// placeholders: one "nog niet ingevuld" error for each, and no other kind of problem.
void ExpectOnlyPlaceholdersFail(SiteUnderTest site, bool uncomment) {
  ArchetypeOptions options;
  options.slugs = site.exported.slugs;
  options.today = "2025-06-30";
  size_t placeholders = 0;
  for (const KindSpec& kind : site.exported.schema.kinds) {
    options.json_schema_path = "../_schemas/" + kind.name + ".schema.json";
    NewEntryFile file = MakeNewEntry(site.exported.schema, kind.name, "nieuw-archetype", options);
    ASSERT_TRUE(file.error.empty()) << file.error.en;
    EXPECT_EQ(file.path, kind.folder + "/nieuw-archetype.md");
    EXPECT_NE(file.text.find("# yaml-language-server: $schema=../_schemas/" + kind.name + ".schema.json"),
              std::string::npos);
    std::string text = uncomment ? UncommentFields(file.text) : file.text;
    placeholders += ActivePlaceholders(text);
    site.fs.Write("content/" + file.path, text);
  }
  BuildResult result = RunCheck(site.fs, testing::TestBuildOptions());
  size_t fill_in = 0;
  std::vector<std::string> other;
  for (const std::string& line : Headlines(result.diags)) {
    if (line.find("is nog niet ingevuld") != std::string::npos) {
      ++fill_in;
    } else if (std::find(site.baseline.begin(), site.baseline.end(), line) == site.baseline.end()) {
      other.push_back(line);
    }
  }
  EXPECT_GT(placeholders, 0u);
  EXPECT_EQ(fill_in, placeholders);
  EXPECT_EQ(JoinLines(other), "");
}

TEST(ArchetypeTest, EveryKindOfTheBasisFixtureFailsOnlyOnItsPlaceholders) {
  ExpectOnlyPlaceholdersFail(Load(testing::BasisSite()), false);
}

TEST(ArchetypeTest, UncommentedOptionalFieldsFailOnlyOnTheirPlaceholdersToo) {
  ExpectOnlyPlaceholdersFail(Load(testing::BasisSite()), true);
}

TEST(ArchetypeTest, EveryKindOfTheBundledSchemaFailsOnlyOnItsPlaceholders) {
  ExpectOnlyPlaceholdersFail(Load(MemoryFileSystem(testing::SiteFiles(testing::SourcePath("content")))), false);
}

TEST(ArchetypeTest, AnEntryPassesOnceItsPlaceholdersAreFilledIn) {
  SiteUnderTest site = Load(testing::BasisSite());
  ArchetypeOptions options;
  options.slugs = site.exported.slugs;
  NewEntryFile file = MakeNewEntry(site.exported.schema, "netwerk", "veilig-thuis", options);
  std::string text = file.text;
  const std::vector<std::pair<std::string, std::string>> filled = {
      {"samenvatting", "Een netwerk van wijkteams."}, {"types", "[intervisie]"}, {"reikwijdte", "lokaal"}};
  for (const auto& [field, value] : filled) {
    std::regex line("\n" + field + ": [^\n]*\n");
    text = std::regex_replace(text, line, "\n" + field + ": " + value + "\n");
  }
  ASSERT_EQ(ActivePlaceholders(text), 0u) << text;
  site.fs.Write("content/" + file.path, text);
  BuildResult result = RunCheck(site.fs, testing::TestBuildOptions());
  EXPECT_EQ(JoinLines(Headlines(result.diags)), JoinLines(site.baseline)) << text;
}

TEST(ArchetypeTest, RequiredFieldsActiveOptionalOnesCommented) {
  SiteUnderTest site = Load(testing::BasisSite());
  ArchetypeOptions options;
  options.slugs = site.exported.slugs;
  NewEntryFile file = MakeNewEntry(site.exported.schema, "netwerk", "veilig-thuis", options);
  const std::string& t = file.text;
  EXPECT_EQ(t.rfind("---\n", 0), 0u);
  EXPECT_NE(t.find("\ntitel: \"Veilig thuis\"\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\nreikwijdte: \"Nog invullen: Reikwijdte (een van: lokaal, regionaal, landelijk)\"\n"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("\ntypes: [\"Nog invullen: slug van een netwerktype, zoals intervisie, themanetwerk\"]\n"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("\n# start: \"Nog invullen: Gestart (een jaar, zoals 2000)\"\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\n# omvang:\n#   # Organisaties\n#   organisaties: \"Nog invullen: Organisaties (een getal)\"\n"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("# Reikwijdte (verplicht, een van: lokaal, regionaal, landelijk)"), std::string::npos) << t;
  EXPECT_EQ(t.find("yaml-language-server"), std::string::npos);
  EXPECT_NE(t.find("\n---\n## Wat is het?"), std::string::npos);
  EXPECT_NE(t.find("wat dit item (soort: netwerk) is"), std::string::npos) << t;
}

TEST(ArchetypeTest, ListOfObjectsPutsTheDashOnARequiredField) {
  SiteUnderTest site = Load(testing::BasisSite());
  NewEntryFile file = MakeNewEntry(site.exported.schema, "praktijk", "werkblad", {});
  EXPECT_NE(file.text.find("# vragen:\n#   # Vraag (verplicht)\n#   - vraag: \"Nog invullen: Vraag\"\n"
                           "#     # Onderwerp\n#     onderwerp: \"Nog invullen: Onderwerp\"\n"),
            std::string::npos)
      << file.text;
}

TEST(ArchetypeTest, ThemeArchetypeReplacesTheGeneratedText) {
  SiteUnderTest site = Load(testing::BasisSite());
  ArchetypeOptions options;
  options.theme_archetype = "---\ntitel: {{title}}\n# {{slug}} {{date}} {{schema}}\n---\n";
  options.json_schema_path = "s.json";
  options.today = "2025-01-02";
  NewEntryFile file = MakeNewEntry(site.exported.schema, "thema", "zorg-thuis", options);
  EXPECT_EQ(file.path, "themas/zorg-thuis.md");
  EXPECT_EQ(file.text, "---\ntitel: Zorg thuis\n# zorg-thuis 2025-01-02 s.json\n---\n");
}

TEST(ArchetypeTest, RefusesUnknownKindsAndBadSlugs) {
  SiteUnderTest site = Load(testing::BasisSite());
  NewEntryFile file = MakeNewEntry(site.exported.schema, "netwerkk", "x", {});
  EXPECT_NE(file.error.en.find("did you mean 'netwerk'"), std::string::npos) << file.error.en;
  EXPECT_NE(file.error.nl.find("onbekende soort 'netwerkk'"), std::string::npos) << file.error.nl;
  EXPECT_TRUE(file.text.empty());
  EXPECT_FALSE(MakeNewEntry(site.exported.schema, "netwerk", "Bad Slug", {}).error.empty());
}

}  // namespace
}  // namespace leernet
