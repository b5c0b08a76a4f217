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
  EXPECT_EQ(testing::Headlines(diags_),
            (std::vector<std::string>{
                "c/netwerken/a.md:3:9: fout: unknown type 'tema' (did you mean 'thema'?)",
                "c/netwerken/a.md:4:8: fout: field 'leden' expects a whole number, found '12'",
                "c/netwerken/b.md:1:1: fout: missing required field 'titel' for kind netwerk",
                "c/netwerken/b.md:2:8: fout: field 'types' expects a list, found text (write [thema] for a list of one)",
                "c/netwerken/b.md:3:9: fout: 'klaar' is not a value of field 'status'; expected one of: actief, afgerond",
                "c/netwerken/b.md:4:9: fout: 'omvang' is missing required field 'n'"}));
}

}  // namespace
}  // namespace leernet
