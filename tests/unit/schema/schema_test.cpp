#include "schema/schema.h"

#include <gtest/gtest.h>

#include "support/test_site.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

Schema Parse(const std::string& text, Diagnostics& diags) {
  std::optional<Value> doc = ReadYaml(text, "schema.yaml", 1, diags);
  return doc ? ParseSchema(*doc, "schema.yaml", diags) : Schema{};
}

TEST(SchemaTest, ReadsTheInternFlag) {
  Diagnostics diags;
  Schema s = Parse(
      "common:\n  titel: {type: string, required: true}\n"
      "  aliassen: {type: list, of: {type: string}, intern: true, boost: 6}\n"
      "kinds:\n  netwerk:\n    folder: netwerken\n    fields:\n"
      "      volgorde: {type: int, intern: true}\n",
      diags);
  ASSERT_FALSE(diags.HasErrors()) << testing::JoinLines(testing::Headlines(diags));
  const KindSpec* k = s.FindKind("netwerk");
  ASSERT_TRUE(k);
  EXPECT_FALSE(k->fields[0].internal);
  EXPECT_TRUE(k->fields[1].internal);
  EXPECT_EQ(k->fields[1].boost, 6);  // internal fields are still indexed
  EXPECT_TRUE(k->fields[2].internal);
}

TEST(SchemaTest, ReadsKindsWithCommonFieldsFirst) {
  Diagnostics diags;
  Schema s = Parse(
      "common:\n  titel: {type: string, required: true, boost: 10}\n"
      "kinds:\n  netwerk:\n    folder: netwerken\n    plural: Netwerken\n    fields:\n"
      "      types: {type: list, of: {type: ref, kind: netwerk}, facet: true}\n"
      "      status: {type: enum, values: [actief, afgerond]}\n",
      diags);
  ASSERT_FALSE(diags.HasErrors()) << testing::JoinLines(testing::Headlines(diags));
  const KindSpec* k = s.FindKind("netwerk");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->folder, "netwerken");
  EXPECT_EQ(k->FieldNames(), (std::vector<std::string>{"titel", "types", "status"}));
  EXPECT_TRUE(k->fields[0].required);
  EXPECT_EQ(k->fields[0].boost, 10);
  EXPECT_EQ(k->fields[1].type, FieldType::kList);
  EXPECT_EQ(k->fields[1].Leaf().ref_kind, "netwerk");
  EXPECT_TRUE(k->fields[1].facet);
  EXPECT_EQ(k->fields[2].values, (std::vector<std::string>{"actief", "afgerond"}));
  EXPECT_EQ(s.FindKindByFolder("netwerken"), k);
}

TEST(SchemaTest, ReportsUnknownTypesKindsAndSettings) {
  Diagnostics diags;
  Parse(
      "kinds:\n  a:\n    fields:\n      x: {type: lijst}\n      y: {type: ref, kind: b}\n      z: {type: string, "
      "requird: true}\n",
      diags);
  EXPECT_EQ(
      testing::Headlines(diags),
      (std::vector<std::string>{"schema.yaml:4:17: fout: veld 'x' heeft een onbekend type 'lijst' (bedoel je 'list'?)",
                                "schema.yaml:5:28: fout: onbekende soort 'b'",
                                "schema.yaml:6:25: fout: onbekende veldinstelling 'requird' (bedoel je 'required'?)"}));
  std::vector<Diagnostic> sorted = diags.Sorted();
  ASSERT_EQ(sorted.size(), 3u);
  EXPECT_EQ(sorted[0].message.en, "field 'x' has unknown type 'lijst' (did you mean 'list'?)");
  EXPECT_EQ(sorted[1].message.en, "unknown kind 'b'");
  EXPECT_EQ(sorted[1].hint.nl, "soorten: a");
  EXPECT_EQ(sorted[2].message.In(Lang::kEn), "unknown field setting 'requird' (did you mean 'required'?)");
}

TEST(SchemaTest, InternFacetIsAnErrorAtTheInternFlag) {
  Diagnostics diags;
  Parse(
      "kinds:\n  a:\n    fields:\n"
      "      x: {type: string, facet: true, intern: true}\n"
      "      y:\n        type: list\n        of: {type: string}\n        intern: true\n        facet: true\n",
      diags);
  EXPECT_EQ(testing::Headlines(diags),
            (std::vector<std::string>{
                "schema.yaml:4:46: fout: veld 'x' kan niet zowel intern als facet zijn: facetten staan op "
                "lijstpagina's",
                "schema.yaml:8:17: fout: veld 'y' kan niet zowel intern als facet zijn: facetten staan op "
                "lijstpagina's"}));
  ASSERT_FALSE(diags.items().empty());
  EXPECT_EQ(diags.items()[0].message.en, "field 'x' cannot be both intern and a facet: facets are shown on list pages");
}

TEST(SchemaTest, BundledSchemaIsValid) {
  MemoryFileSystem fs(testing::ReadTree(testing::SourcePath("content"), "content/"));
  Diagnostics diags;
  std::optional<Value> doc = ReadYaml(*fs.ReadFile("content/schema.yaml").text, "schema.yaml", 1, diags);
  ASSERT_TRUE(doc);
  Schema s = ParseSchema(*doc, "schema.yaml", diags);
  EXPECT_FALSE(diags.HasErrors()) << testing::JoinLines(testing::Headlines(diags));
  for (const char* kind : {"netwerk", "praktijk", "toolkit", "netwerktype", "thema"}) EXPECT_TRUE(s.FindKind(kind));
}

}  // namespace
}  // namespace leernet
