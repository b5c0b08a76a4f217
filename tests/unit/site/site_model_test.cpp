#include "site/site_model.h"

#include <gtest/gtest.h>

#include "config/site_config.h"
#include "load/content_loader.h"
#include "schema/schema.h"
#include "support/test_site.h"
#include "validate/validator.h"
#include "yaml/yaml_reader.h"

namespace leernet {
namespace {

// The site model is observed through RunCheck on the basis fixture: references both ways,
// facets and list order.
class SiteModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_ = testing::BasisSite();
    Diagnostics diags;
    std::optional<Value> schema_doc = ReadYaml(*fs_.ReadFile("content/schema.yaml").text, "s", 1, diags);
    std::optional<Value> config_doc = ReadYaml(*fs_.ReadFile("content/site.yaml").text, "c", 1, diags);
    schema_ = ParseSchema(*schema_doc, "s", diags);
    config_ = ParseSiteConfig(*config_doc, "c", diags);
    LoadedContent content = LoadContent(fs_, "content", schema_, diags);
    std::vector<Entry> entries = ValidateEntries(content, schema_, diags);
    std::vector<RenderedMarkdown> bodies(entries.size());
    model_ = BuildSiteModel(std::move(entries), std::move(bodies), schema_, config_);
    ASSERT_FALSE(diags.HasErrors());
  }
  MemoryFileSystem fs_;
  Schema schema_;
  SiteConfig config_;
  SiteModel model_;
};

TEST_F(SiteModelTest, ResolvesBackReferencesPerField) {
  long type = model_.Find("netwerktype", "themanetwerk");
  ASSERT_GE(type, 0);
  ASSERT_EQ(model_.backrefs[type].size(), 1u);
  const BackrefGroup& g = model_.backrefs[type][0];
  EXPECT_EQ(g.label, "Netwerken van dit type");
  std::vector<std::string> slugs;
  for (size_t i : g.entries) slugs.push_back(model_.entries[i].slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"buurtzorg-kring", "landelijk-leren", "veilig-samen"}));
}

TEST_F(SiteModelTest, CountsFacetValuesInSchemaOrder) {
  std::vector<Facet> facets = model_.FacetsOf("netwerk");
  ASSERT_EQ(facets.size(), 3u);
  EXPECT_EQ(facets[0].field, "types");
  EXPECT_EQ(facets[0].values[0].value, "intervisie");  // volgorde 1
  EXPECT_EQ(facets[0].values[0].count, 1);
  EXPECT_EQ(facets[0].values[1].count, 3);
  EXPECT_EQ(facets[1].field, "reikwijdte");
  EXPECT_EQ(facets[1].values.size(), 3u);
  EXPECT_EQ(model_.FacetJson(model_.Find("netwerk", "buurtzorg-kring")),
            "{\"types\":[\"intervisie\",\"themanetwerk\"],\"reikwijdte\":[\"lokaal\"],\"themas\":[\"ouderenzorg\"]}");
}

TEST_F(SiteModelTest, ListsEntriesByOrderThenTitleAndMakesFileUrls) {
  std::vector<size_t> types = model_.EntriesOfKind("netwerktype");
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(model_.entries[types[0]].slug, "intervisie");
  EXPECT_EQ(model_.UrlOf(types[0]), "typen/intervisie/index.html");
  EXPECT_EQ(model_.KindUrl("netwerk"), "netwerken/index.html");
}

}  // namespace
}  // namespace leernet
