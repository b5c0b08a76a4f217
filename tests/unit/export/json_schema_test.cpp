#include "jsonschema/json_schema.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "jsonschema/json_writer.h"
#include "jsonschema/schema_export.h"
#include "support/test_site.h"
#include "unit/export/export_fixtures.h"

namespace leernet {
namespace {

using nlohmann::json;

json Parse(const std::string& text) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(doc.is_discarded()) << text;
  return doc;
}

TEST(JsonSchemaTest, OneDraft07SchemaPerKind) {
  auto site = testing::BasisModel();
  auto files = JsonSchemas(site->schema);
  std::vector<std::string> names;
  for (const auto& [name, text] : files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"netwerk.schema.json", "netwerktype.schema.json", "praktijk.schema.json",
                                             "thema.schema.json"}));
  json s = Parse(files["netwerk.schema.json"]);
  EXPECT_EQ(s["$schema"], "http://json-schema.org/draft-07/schema#");
  EXPECT_EQ(s["title"], "Netwerk");
  EXPECT_EQ(s["type"], "object");
  EXPECT_EQ(s["additionalProperties"], false);
  EXPECT_EQ(s["required"], json({"titel", "samenvatting", "types", "reikwijdte"}));
}

TEST(JsonSchemaTest, MapsEachFieldType) {
  auto site = testing::BasisModel();
  json p = Parse(JsonSchemas(site->schema)["netwerk.schema.json"])["properties"];
  EXPECT_EQ(p["titel"]["title"], "Titel");
  EXPECT_EQ(p["titel"]["type"], json({"string", "number", "boolean"}));
  EXPECT_EQ(p["reikwijdte"]["enum"], json({"lokaal", "regionaal", "landelijk"}));
  EXPECT_EQ(p["start"], json({{"title", "Gestart"}, {"type", "integer"}, {"minimum", 1000}, {"maximum", 2999}}));
  EXPECT_EQ(p["leden"]["type"], "integer");
  EXPECT_EQ(p["actief"]["type"], "boolean");
  EXPECT_EQ(p["opgericht"]["type"], "string");
  EXPECT_TRUE(p["opgericht"].contains("pattern"));
  EXPECT_TRUE(p["website"].contains("pattern"));
  EXPECT_EQ(p["types"]["type"], "array");
  EXPECT_EQ(p["types"]["items"], json({{"type", "string"}, {"pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"}}));
  EXPECT_EQ(p["omvang"]["type"], "object");
  EXPECT_EQ(p["omvang"]["additionalProperties"], false);
  EXPECT_EQ(p["omvang"]["properties"]["organisaties"]["type"], "integer");
  EXPECT_EQ(p["body"]["type"], "string");
  json vragen = Parse(JsonSchemas(site->schema)["praktijk.schema.json"])["properties"]["vragen"];
  EXPECT_EQ(vragen["items"]["required"], json({"vraag"}));
  EXPECT_EQ(vragen["items"]["additionalProperties"], false);
}

TEST(JsonSchemaTest, ListsExistingSlugsOfReferencedKinds) {
  auto site = testing::BasisModel();
  json p = Parse(JsonSchemas(site->schema,
                             {{"netwerktype", {"intervisie", "themanetwerk"}}})["netwerk.schema.json"])["properties"];
  EXPECT_EQ(p["types"]["items"], json({{"type", "string"}, {"enum", {"intervisie", "themanetwerk"}}}));
  EXPECT_TRUE(p["themas"]["items"].contains("pattern"));
}

TEST(JsonSchemaTest, HelpBecomesDescriptionInBundledSchema) {
  MemoryFileSystem fs(testing::ReadTree(testing::SourcePath("content"), "content/"));
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(fs, "content", diags);
  ASSERT_FALSE(diags.HasErrors());
  ASSERT_EQ(exported.schemas.size(), exported.schema.kinds.size());
  json s = Parse(exported.schemas["netwerk.schema.json"]);
  EXPECT_EQ(s["properties"]["samenvatting"]["description"],
            "Eén tot drie zinnen in eigen woorden; verschijnt in lijsten en zoekresultaten.");
  EXPECT_EQ(s["properties"]["bronnen"]["items"]["properties"]["bron"]["type"], "string");
  json dump = Parse(exported.fields_dump);
  EXPECT_GT(dump["entries"].size(), 10u);
}

TEST(FieldsDumpTest, TypesScalarsAsYamlDoes) {
  MemoryFileSystem fs = testing::BasisSite();
  fs.Write("content/netwerken/typed.md",
           "---\ntitel: '2024'\nsamenvatting: 2024\nleden: 007\nactief: true\nx: 1.50\ny: null\nz: ~\n"
           "d: 2020-01-01\nq: \"true\"\nl: [a, 2]\n---\n");
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(fs, "content", diags);
  json dump = Parse(exported.fields_dump);
  json typed;
  for (const json& e : dump["entries"]) {
    if (e["slug"] == "typed") typed = e;
  }
  EXPECT_EQ(typed["path"], "netwerken/typed.md");
  EXPECT_EQ(typed["kind"], "netwerk");
  EXPECT_EQ(typed["fields"], json::parse(R"({"titel": "2024", "samenvatting": 2024, "leden": 7, "actief": true,
      "x": 1.5, "y": null, "z": null, "d": "2020-01-01", "q": "true", "l": ["a", 2]})"));
  // Document order of keys is kept.
  EXPECT_LT(exported.fields_dump.find("\"titel\""), exported.fields_dump.find("\"samenvatting\""));
}

TEST(JsonWriterTest, PiecesMakeTheSameTextAsOneTake) {
  auto write = [](JsonWriter& w, std::string* pieces) {
    w.BeginObject();
    w.Key("rijen");
    w.BeginArray();
    for (int i = 0; i < 3; ++i) {
      w.BeginObject();
      w.Field("naam", "rij " + std::to_string(i));
      w.EndObject();
      if (pieces) {
        EXPECT_GT(w.PendingBytes(), 0u);
        *pieces += w.TakePiece();
        EXPECT_EQ(w.PendingBytes(), 0u);
      }
    }
    w.EndArray();
    w.EndObject();
  };
  JsonWriter whole;
  write(whole, nullptr);
  JsonWriter in_pieces;
  std::string pieces;
  write(in_pieces, &pieces);
  pieces += in_pieces.Take();
  EXPECT_EQ(pieces, whole.Take());
}

TEST(JsonWriterTest, IndentsAndNormalizesIntegers) {
  JsonWriter w;
  w.BeginObject();
  w.Field("a", "x\"<");
  w.Key("b");
  w.BeginArray();
  w.EndArray();
  w.Key("c");
  w.BeginArray();
  w.Integer(*ParseInteger("-007"));
  w.Number(1.5);
  w.Bool(true);
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(w.Take(), "{\n  \"a\": \"x\\\"<\",\n  \"b\": [],\n  \"c\": [\n    -7,\n    1.5,\n    true\n  ]\n}\n");
  EXPECT_EQ(ParseInteger("000"), 0);
  EXPECT_EQ(ParseInteger("+12"), 12);
  EXPECT_EQ(ParseInteger("12a"), std::nullopt);
  EXPECT_EQ(ParseInteger("99999999999999999999"), std::nullopt);
}

// Strings are escaped by the writer itself; these are the bytes nlohmann-json's dump() gives
// for the same values (ensure_ascii off, invalid UTF-8 replaced).
TEST(JsonWriterTest, EscapesStringsAsNlohmannDumpDoes) {
  JsonWriter w(0);
  w.BeginArray();
  w.String("tab\tline\nret\rff\fbs\b\x01\x1f\x7f");
  w.String("quote\" back\\ slash/ é ë \xe2\x80\x94 \xf0\x9f\x98\x80");
  w.String("bad \xff byte");
  w.Key("ignored in an array");
  w.EndArray();
  EXPECT_EQ(w.Take(),
            "[\"tab\\tline\\nret\\rff\\fbs\\b\\u0001\\u001f\x7f\","
            "\"quote\\\" back\\\\ slash/ é ë \xe2\x80\x94 \xf0\x9f\x98\x80\","
            "\"bad \xef\xbf\xbd byte\"]\n");
  JsonWriter keys(0);
  keys.BeginObject();
  keys.Field("k\"\n", "v");
  keys.EndObject();
  EXPECT_EQ(keys.Take(), "{\"k\\\"\\n\":\"v\"}\n");
}

}  // namespace
}  // namespace leernet
