#include "validate/plausibility.h"

#include <gtest/gtest.h>

#include "load/content_loader.h"
#include "support/test_site.h"
#include "validate/validator.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

// Entries that pass the schema, so that only the plausibility checks can object.
class PlausibilityTest : public ::testing::Test {
 protected:
  std::vector<std::string> Check(const std::string& network) {
    std::map<std::string, std::string> files;
    files["c/schema.yaml"] =
        "common:\n  titel: {type: string, required: true}\n"
        "  bronnen: {type: list, of: {type: ref, kind: netwerk}}\n"
        "kinds:\n"
        "  netwerk:\n    folder: netwerken\n    fields:\n"
        "      verwant: {type: list, of: {type: ref, kind: netwerk}}\n"
        "      opgericht: {type: date}\n"
        "      looptijd: {type: object, fields: {start: {type: year}, eind: {type: year}}}\n";
    files["c/netwerken/b.md"] = "---\ntitel: B\n---\n";
    files["c/netwerken/a.md"] = network;
    MemoryFileSystem fs(files);
    Diagnostics diags;
    std::optional<Value> doc = ReadYaml(*fs.ReadFile("c/schema.yaml").text, "c/schema.yaml", 1, diags);
    Schema schema = ParseSchema(*doc, "c/schema.yaml", diags);
    std::vector<Entry> entries = ValidateEntries(LoadContent(fs, "c", schema, diags), schema, diags);
    EXPECT_FALSE(diags.HasErrors()) << testing::JoinLines(testing::Headlines(diags));
    Diagnostics found;
    CheckPlausibility(entries, schema, YearRange{1900, 2036}, found);
    return testing::HeadlinesAndTips(found);
  }
};

TEST_F(PlausibilityTest, AcceptsPlausibleValues) {
  EXPECT_TRUE(
      Check("---\ntitel: A\nverwant: [b]\nopgericht: 2019-03-01\nlooptijd: {start: 2019, eind: 2019}\n---\n").empty());
}

TEST_F(PlausibilityTest, ReportsYearsOutsideTheRangeAtTheirValue) {
  EXPECT_EQ(
      Check("---\ntitel: A\nopgericht: 3024-01-01\nlooptijd: {start: 1066}\n---\n"),
      (std::vector<std::string>{"c/netwerken/a.md:3:12: fout: jaartal 3024 in veld 'opgericht' is niet aannemelijk",
                                "  tip: verwacht een jaar van 1900 tot en met 2036; is het een tikfout?",
                                "c/netwerken/a.md:4:19: fout: jaartal 1066 in veld 'start' is niet aannemelijk",
                                "  tip: verwacht een jaar van 1900 tot en met 2036; is het een tikfout?"}));
}

TEST_F(PlausibilityTest, ReportsAPeriodThatEndsBeforeItStarts) {
  EXPECT_EQ(
      Check("---\ntitel: A\nlooptijd:\n  start: 2022\n  eind: 2020\n---\n"),
      (std::vector<std::string>{"c/netwerken/a.md:5:9: fout: 'eind: 2020' ligt vóór 'start: 2022'",
                                "  tip: een periode eindigt niet voor zij begint: zijn de jaartallen omgewisseld?"}));
}

TEST_F(PlausibilityTest, ReportsAnEntryThatRefersToItself) {
  std::vector<std::string> lines = Check("---\ntitel: A\nverwant: [b, a]\n---\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "c/netwerken/a.md:3:14: fout: veld 'verwant' verwijst naar dit item zelf ('a')");
  // A common field may: a source's own entry cites the source.
  EXPECT_TRUE(Check("---\ntitel: A\nbronnen: [a]\n---\n").empty());
}

}  // namespace
}  // namespace leernet
