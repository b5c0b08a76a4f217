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
    for (const char *script : {"lunr/lunr.js", "lunr-languages/lunr.stemmer.support.js", "lunr-languages/lunr.nl.js"}) {
      fs_.Write(std::string("node_modules/") + script, "// lunr\n");
    }
    output_ = OutputSet();
    return WriteSearchFiles(model_, fs_, "content/site.yaml", "node_modules", output_, diags_);
  }
  // The lunr JSON a shard's script hands to the browser, unquoted.
  std::string ShardJson(const SearchShard &shard) {
    const std::string &script = output_.files[shard.file];
    size_t from = script.find("]='");
    size_t to = script.rfind("';");
    if (from == std::string::npos || to == std::string::npos) return "";
    std::string json;
    for (size_t i = from + 3; i < to; ++i) {
      if (script[i] == '\\') ++i;
      json += script[i];
    }
    return json;
  }
  MemoryFileSystem fs_;
  OutputSet output_;
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
  EXPECT_NE(ShardJson(files.shards[0]).find("\"fields\":[\"titel\",\"namen\",\"body\",\"overig\"]"), std::string::npos);
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
  const size_t whole = ShardJson(one.shards[0]).size();
  SearchFiles many = Build("  shard_bytes: " + std::to_string(whole - 1) + "\n");
  ASSERT_EQ(many.shards.size(), 4u);
  EXPECT_EQ(many.shards[0].name, "netwerk");
  EXPECT_EQ(many.shards[0].file, "search/index-netwerk.js");
  EXPECT_NE(many.manifest_js.find("{\"name\":\"netwerk\",\"file\":\"index-netwerk.js\",\"docs\":3}"),
            std::string::npos);
  EXPECT_NE(many.search_docs.find("\"shards\":[{\"name\":\"netwerk\",\"file\":"
                                  "\"search/index-netwerk.js\",\"refs\":["),
            std::string::npos);
  EXPECT_LT(ShardJson(many.shards[0]).size(), whole);
  for (const SearchShard &shard : many.shards) EXPECT_EQ(output_.files.count(shard.file), 1u) << shard.file;
}

// The store and the text reach the browser as one string each for JSON.parse, which is
// much faster than evaluating an object literal of the same size.
TEST_F(SearchStageTest, StoreAndTextAreStringsForJsonParse) {
  Build("");
  const std::string &store = output_.files["search/store.js"];
  EXPECT_EQ(store.rfind("window.LEERNET_STORE = JSON.parse('{\"docs\":[{\"t\":", 0), 0u) << store.substr(0, 80);
  EXPECT_EQ(store.substr(store.size() - 4), "');\n");
  EXPECT_NE(store.find("\"kinds\":{\"netwerk\":"), std::string::npos);
  const std::string &text = output_.files["search/text.js"];
  EXPECT_EQ(text.rfind("window.LEERNET_TEXT = JSON.parse('[", 0), 0u) << text.substr(0, 80);
  EXPECT_EQ(text.substr(text.size() - 5), "]');\n");
  // Inside the quotes every quote and backslash is escaped.
  for (const std::string *script : {&store, &text}) {
    size_t open = script->find("('") + 2, close = script->rfind("')");
    for (size_t i = open; i < close; ++i) {
      if ((*script)[i] == '\\') {
        ++i;
        continue;
      }
      ASSERT_NE((*script)[i], '\'') << "unescaped quote at " << i;
    }
  }
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
