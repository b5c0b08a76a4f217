#include "yaml/yaml_reader.h"

#include <gtest/gtest.h>

#include "support/test_site.h"

namespace leernet {
namespace {

TEST(YamlReaderTest, KeepsPositionsInFileCoordinates) {
  Diagnostics diags;
  std::optional<Value> v = ReadYaml("titel: LeVEL\ntypes: [a, b]\n", "x.md", 2, diags);
  ASSERT_TRUE(v);
  ASSERT_TRUE(v->IsMap());
  EXPECT_EQ(v->entries[1].key, "types");
  EXPECT_EQ(v->entries[1].key_pos.line, 3);
  EXPECT_EQ(v->entries[1].key_pos.column, 1);
  const Value& b = v->entries[1].value.items[1];
  EXPECT_EQ(b.scalar, "b");
  EXPECT_EQ(b.pos.line, 3);
  EXPECT_EQ(b.pos.column, 12);
}

TEST(YamlReaderTest, MarksQuotedScalars) {
  Diagnostics diags;
  std::optional<Value> v = ReadYaml("a: 12\nb: \"12\"\n", "x", 1, diags);
  ASSERT_TRUE(v);
  EXPECT_FALSE(v->Find("a")->quoted);
  EXPECT_TRUE(v->Find("b")->quoted);
}

TEST(YamlReaderTest, ReportsSyntaxErrorWithPosition) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml("a: [1, 2\nb: c\n", "x.md", 2, diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_GE(diags.items()[0].pos.line, 2);
  EXPECT_NE(diags.items()[0].message.en.find("invalid YAML"), std::string::npos);
}

TEST(YamlReaderTest, RefusesExponentialAliases) {
  std::string text = "a: &a [x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'h'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 8; ++i) text += std::string(i ? ", " : "") + "*" + prev;
    text += "]\n";
    prev = c;
  }
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml(text, "bom.yaml", 1, diags));
  EXPECT_NE(testing::JoinLines(testing::Headlines(diags)).find("meer dan 200000 waarden"), std::string::npos);
}

TEST(YamlReaderTest, RefusesDeepNesting) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml(std::string(5000, '[') + std::string(5000, ']'), "diep.yaml", 1, diags));
  EXPECT_TRUE(diags.HasErrors());
}

TEST(YamlReaderTest, ReportsDuplicateKeys) {
  Diagnostics diags;
  ReadYaml("a: 1\na: 2\n", "x.yaml", 1, diags);
  EXPECT_EQ(testing::Headlines(diags), std::vector<std::string>{"x.yaml:2:1: fout: dubbele veldnaam 'a'"});
}

TEST(YamlReaderTest, KeepsTheEnglishWordsForLangEn) {
  Diagnostics diags;
  ReadYaml("a: 1\na: 2\n", "x.yaml", 1, diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message.en, "duplicate key 'a'");
}

TEST(YamlReaderTest, TranslatesTheParsersWordsAndKeepsThemInEnglish) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml("a: [1, 2\n", "x.md", 2, diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message.nl, "ongeldige YAML: einde van de lijst tussen [ ] niet gevonden");
  EXPECT_EQ(diags.items()[0].message.en, "invalid YAML: end of sequence flow not found");
}

TEST(YamlReaderTest, HintsToQuoteAValueWithAColon) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml("titel: Zorg: samen leren\n", "x.md", 2, diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(
      diags.items()[0].hint.nl,
      "de waarde bevat ': ': zet de hele waarde tussen dubbele aanhalingstekens, zo: titel: \"Zorg: samen leren\"");
}

TEST(YamlReaderTest, HintsToDoubleAnApostropheInSingleQuotes) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml("titel: 'cliënt's zorg'\n", "x.md", 2, diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].hint.nl,
            "een apostrof binnen '…' sluit de tekst af: schrijf twee apostrofs, zo: titel: 'cliënt''s zorg', of "
            "gebruik dubbele aanhalingstekens");
}

TEST(YamlReaderTest, GivesNoHintForOtherSyntaxErrors) {
  Diagnostics diags;
  EXPECT_FALSE(ReadYaml("a: [1, 2\nb: 'it''s'\n", "x.md", 2, diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_TRUE(diags.items()[0].hint.empty());
}

}  // namespace
}  // namespace leernet
