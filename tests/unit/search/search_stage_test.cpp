#include "search/search_stage.h"

#include <gtest/gtest.h>

#include "config/site_config.h"
#include "load/content_loader.h"
#include "schema/schema.h"
#include "support/test_site.h"
#include "validate/validator.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

// The search stage on the basis fixture with the search settings of each test.
class SearchStageTest : public ::testing::Test {
 protected:
  SearchFiles Build(const std::string &search_yaml) {
    fs_ = testing::BasisSite();
    std::string site = *fs_.ReadFile("content/site.yaml").text;
    site.replace(site.find("search:\n"), 8, "search:\n" + search_yaml);
    fs_.Write("content/site.yaml", site);
    fs_.Write("words.txt", "wijk\nverpleeg\nkundigen\n");
    Diagnostics diags;
    std::optional<Value> schema_doc = ReadYaml(*fs_.ReadFile("content/schema.yaml").text, "s", 1, diags);
    std::optional<Value> config_doc = ReadYaml(site, "c", 1, diags);
    schema_ = ParseSchema(*schema_doc, "s", diags);
    config_ = ParseSiteConfig(*config_doc, "c", diags);
    LoadedContent content = LoadContent(fs_, "content", schema_, diags);
    std::vector<Entry> entries = ValidateEntries(content, schema_, diags);
    std::vector<RenderedMarkdown> bodies(entries.size());
    model_ = BuildSiteModel(std::move(entries), std::move(bodies), schema_, config_);
    EXPECT_FALSE(diags.HasErrors());
    return BuildSearchFiles(model_, fs_, "content/site.yaml", diags_);
  }
  MemoryFileSystem fs_;
  Schema schema_;
  SiteConfig config_;
  SiteModel model_;
  Diagnostics diags_;
};

TEST_F(SearchStageTest, IndexFieldsComeFromSiteYaml) {
  SearchFiles files = Build(
      "  fields:\n"
      "    titel: {boost: 10, from: [titel]}\n"
      "    namen: {boost: 5, from: [aliassen]}\n"
      "    body: {boost: 1, from: [body]}\n"
      "    overig: {boost: 1, from: ['*']}\n");
  EXPECT_FALSE(diags_.HasErrors());
  ASSERT_EQ(files.shards.size(), 1u);
  EXPECT_NE(files.shards[0].json.find("\"fields\":[\"titel\",\"namen\",\"body\",\"overig\"]"), std::string::npos);
  EXPECT_NE(files.search_docs.find("{\"name\":\"namen\",\"boost\":5}"), std::string::npos);
  // The summary has no field of its own, so it is folded into "overig".
  EXPECT_NE(files.search_docs.find("\"overig\":\"Lokale intervisiegroep van wijkverpleegkundigen."), std::string::npos);
}

TEST_F(SearchStageTest, UnknownSchemaFieldIsAnErrorInSiteYaml) {
  Build("  fields:\n    titel: {boost: 10, from: [titl]}\n");
  ASSERT_EQ(diags_.items().size(), 1u);
  EXPECT_EQ(diags_.items()[0].path, "content/site.yaml");
  EXPECT_EQ(diags_.items()[0].pos.line, 8);  // the line of "titel:"
  EXPECT_NE(diags_.items()[0].message.en.find("'titl' is not a schema field with a boost"), std::string::npos);
  EXPECT_NE(diags_.items()[0].message.en.find("titel"), std::string::npos);
  EXPECT_EQ(diags_.items()[0].message.nl.rfind("search.fields.titel: 'titl' is geen schemaveld met een boost", 0), 0u);
}

TEST_F(SearchStageTest, CompoundPartsAreExtraTextOfTheDocument) {
  SearchFiles files = Build("  compound_words: words.txt\n");
  EXPECT_NE(files.search_docs.find("wijkverpleegkundigen.\\nwijk verpleeg kundigen\""), std::string::npos);
}

TEST_F(SearchStageTest, MissingWordListIsAWarning) {
  Build("  compound_words: nergens.txt\n");
  ASSERT_EQ(diags_.items().size(), 1u);
  EXPECT_EQ(diags_.items()[0].severity, Severity::kWarning);
}

TEST_F(SearchStageTest, LargeIndexIsShardedPerKind) {
  SearchFiles one = Build("");
  ASSERT_EQ(one.shards.size(), 1u);
  EXPECT_EQ(one.shards[0].file, "search/index.js");
  // Just below the whole index: one shard per kind, each kind small enough on its own.
  const size_t whole = one.shards[0].json.size();
  SearchFiles many = Build("  shard_bytes: " + std::to_string(whole - 1) + "\n");
  ASSERT_EQ(many.shards.size(), 4u);
  EXPECT_EQ(many.shards[0].name, "netwerk");
  EXPECT_EQ(many.shards[0].file, "search/index-netwerk.js");
  EXPECT_NE(many.manifest_js.find("{\"name\":\"netwerk\",\"file\":\"index-netwerk.js\",\"docs\":3}"),
            std::string::npos);
  EXPECT_NE(many.search_docs.find("\"shards\":[{\"name\":\"netwerk\",\"file\":"
                                  "\"search/index-netwerk.js\",\"refs\":["),
            std::string::npos);
  EXPECT_LT(many.shards[0].json.size(), one.shards[0].json.size());
}

TEST_F(SearchStageTest, KindOverTheShardSizeIsSplitIntoRuns) {
  SearchFiles files = Build("  shard_bytes: 1000\n");
  // Every kind is larger than 1000 bytes, so each comes in runs of its entries, every
  // entry in exactly one shard.
  ASSERT_GT(files.shards.size(), 4u);
  EXPECT_EQ(files.shards[0].name, "netwerk-1");
  EXPECT_EQ(files.shards[0].file, "search/index-netwerk-1.js");
  EXPECT_NE(files.manifest_js.find("{\"name\":\"netwerk-1\",\"file\":\"index-netwerk-1.js\",\"docs\":1}"),
            std::string::npos);
  for (size_t i = 0; i < model_.entries.size(); ++i) {
    std::string ref = "\"" + std::to_string(i) + "\"";
    size_t count = 0;
    for (size_t at = files.search_docs.find("\"refs\":["); at != std::string::npos;
         at = files.search_docs.find("\"refs\":[", at + 1)) {
      std::string refs = files.search_docs.substr(at, files.search_docs.find(']', at) - at + 1);
      if (refs.find("[" + ref + "]") != std::string::npos || refs.find("[" + ref + ",") != std::string::npos ||
          refs.find("," + ref + ",") != std::string::npos || refs.find("," + ref + "]") != std::string::npos) {
        ++count;
      }
    }
    EXPECT_EQ(count, 1u) << "entry " << i;
  }
}

}  // namespace
}  // namespace leernet
