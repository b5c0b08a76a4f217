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

// Writes the new entry of every kind at once and checks that `leernet check` finds nothing new.
void ExpectEveryKindPasses(SiteUnderTest site, bool uncomment) {
  ArchetypeOptions options;
  options.slugs = site.exported.slugs;
  options.today = "2025-06-30";
  for (const KindSpec& kind : site.exported.schema.kinds) {
    options.json_schema_path = "../_schemas/" + kind.name + ".schema.json";
    NewEntryFile file = MakeNewEntry(site.exported.schema, kind.name, "nieuw-archetype", options);
    ASSERT_TRUE(file.error.empty()) << file.error.en;
    EXPECT_EQ(file.path, kind.folder + "/nieuw-archetype.md");
    EXPECT_NE(file.text.find("# yaml-language-server: $schema=../_schemas/" + kind.name + ".schema.json"),
              std::string::npos);
    site.fs.Write("content/" + file.path, uncomment ? UncommentFields(file.text) : file.text);
  }
  BuildResult result = RunCheck(site.fs, testing::TestBuildOptions());
  EXPECT_EQ(JoinLines(Headlines(result.diags)), JoinLines(site.baseline));
}

TEST(ArchetypeTest, EveryKindOfTheBasisFixturePassesCheck) { ExpectEveryKindPasses(Load(testing::BasisSite()), false); }

TEST(ArchetypeTest, UncommentedOptionalFieldsPassCheckToo) { ExpectEveryKindPasses(Load(testing::BasisSite()), true); }

TEST(ArchetypeTest, EveryKindOfTheBundledSchemaPassesCheck) {
  ExpectEveryKindPasses(Load(MemoryFileSystem(testing::SiteFiles(testing::SourcePath("content")))), false);
}

TEST(ArchetypeTest, RequiredFieldsActiveOptionalOnesCommented) {
  SiteUnderTest site = Load(testing::BasisSite());
  ArchetypeOptions options;
  options.slugs = site.exported.slugs;
  NewEntryFile file = MakeNewEntry(site.exported.schema, "netwerk", "veilig-thuis", options);
  const std::string& t = file.text;
  EXPECT_EQ(t.rfind("---\n", 0), 0u);
  EXPECT_NE(t.find("\ntitel: \"Veilig thuis\"\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\nreikwijdte: lokaal\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\ntypes: [intervisie]\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\n# start: 2000\n"), std::string::npos) << t;
  EXPECT_NE(t.find("\n# omvang:\n#   # Organisaties\n#   organisaties: 1\n"), std::string::npos) << t;
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
