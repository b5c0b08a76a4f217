#include "validate/validator.h"

#include <gtest/gtest.h>

#include "support/test_site.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

class ValidatorTest : public ::testing::Test {
 protected:
  std::vector<Entry> Validate(std::map<std::string, std::string> files) {
    files["c/schema.yaml"] =
        "common:\n  titel: {type: string, required: true}\n"
        "kinds:\n"
        "  netwerk:\n    folder: netwerken\n    fields:\n"
        "      types: {type: list, of: {type: ref, kind: type}, required: true}\n"
        "      leden: {type: int}\n"
        "      omvang: {type: object, fields: {n: {type: int, required: true}, tekst: {type: string}}}\n"
        "      status: {type: enum, values: [actief, afgerond]}\n"
        "  type:\n    folder: typen\n    fields: {}\n";
    fs_ = MemoryFileSystem(files);
    std::optional<Value> doc = ReadYaml(*fs_.ReadFile("c/schema.yaml").text, "c/schema.yaml", 1, diags_);
    schema_ = ParseSchema(*doc, "c/schema.yaml", diags_);
    LoadedContent content = LoadContent(fs_, "c", schema_, diags_);
    return ValidateEntries(content, schema_, diags_);
  }
  MemoryFileSystem fs_;
  Schema schema_;
  Diagnostics diags_;
};

TEST_F(ValidatorTest, TypesFieldsInSchemaOrder) {
  std::vector<Entry> entries = Validate({{"c/typen/thema.md", "---\ntitel: Thema\n---\n"},
                                         {"c/netwerken/a.md",
                                          "---\nstatus: actief\nomvang: {tekst: t, n: 3}\nleden: 12\ntypes: [thema]\n"
                                          "titel: A\n---\n"}});
  ASSERT_FALSE(diags_.HasErrors()) << testing::JoinLines(testing::Headlines(diags_));
  ASSERT_EQ(entries.size(), 2u);
  const Entry& a = entries[0];
  EXPECT_EQ(a.title, "A");
  std::vector<std::string> order;
  for (const auto& [name, v] : a.fields) order.push_back(name);
  EXPECT_EQ(order, (std::vector<std::string>{"titel", "types", "leden", "omvang", "status"}));
  EXPECT_EQ(a.Find("types")->items[0].text, "thema");
  EXPECT_EQ(a.Find("omvang")->fields[0].first, "n");
}

TEST_F(ValidatorTest, CollectsEveryProblemOfEveryEntry) {
  Validate({{"c/typen/thema.md", "---\ntitel: Thema\n---\n"},
            {"c/netwerken/a.md", "---\ntitel: A\ntypes: [tema]\nleden: \"12\"\n---\n"},
            {"c/netwerken/b.md", "---\ntypes: thema\nstatus: klaar\nomvang: {tekst: t}\n---\n"}});
  EXPECT_EQ(
      testing::Headlines(diags_),
      (std::vector<std::string>{
          "c/netwerken/a.md:3:9: fout: type 'tema' bestaat niet (bedoel je 'thema'?)",
          "c/netwerken/a.md:4:8: fout: veld 'leden' verwacht een geheel getal, gevonden: '12'",
          "c/netwerken/b.md:1:1: fout: verplicht veld 'titel' ontbreekt voor soort netwerk",
          "c/netwerken/b.md:2:8: fout: veld 'types' verwacht een lijst, gevonden: tekst (schrijf [thema] voor een "
          "lijst van één)",
          "c/netwerken/b.md:3:9: fout: 'klaar' is geen waarde van veld 'status'; kies een van: actief, afgerond",
          "c/netwerken/b.md:4:9: fout: bij 'omvang' ontbreekt verplicht veld 'n'"}));
}

TEST_F(ValidatorTest, KeepsTheEnglishWordsForLangEnAndHintsHowToFix) {
  Validate({{"c/typen/thema.md", "---\ntitel: Thema\n---\n"}, {"c/netwerken/b.md", "---\ntypes: [thema]\n---\n"}});
  ASSERT_EQ(diags_.items().size(), 1u);
  EXPECT_EQ(diags_.items()[0].message.en, "missing required field 'titel' for kind netwerk");
  EXPECT_EQ(diags_.items()[0].hint.nl, "voeg 'titel: …' toe tussen de regels '---'");
  EXPECT_EQ(diags_.items()[0].hint.en, "add 'titel: …' between the '---' lines");
}

TEST_F(ValidatorTest, HintsToRemoveQuotesAroundANumber) {
  Validate({{"c/typen/thema.md", "---\ntitel: Thema\n---\n"},
            {"c/netwerken/a.md", "---\ntitel: A\ntypes: [thema]\nleden: \"12\"\n---\n"}});
  ASSERT_EQ(diags_.items().size(), 1u);
  EXPECT_EQ(diags_.items()[0].hint.nl, "haal de aanhalingstekens weg: leden: 12");
}

}  // namespace
}  // namespace leernet
