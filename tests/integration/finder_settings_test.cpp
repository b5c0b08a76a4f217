// The finder's settings in site.yaml: every named field must exist on the kind (and be a facet
// where it is a filter), with the error at the name's place; a site with a finder gets the
// finder and compare pages, named entries first and the group's entries behind one button.
#include <gtest/gtest.h>

#include <string>

#include "support/test_site.h"

namespace leernet {
namespace {

MemoryFileSystem WithFinder(const std::string& finder) {
  MemoryFileSystem fs = testing::BasisSite();
  std::string site = *fs.ReadFile("content/site.yaml").text;
  fs.Write("content/site.yaml", site + "finder:\n" + finder);
  return fs;
}

const char* kFinder =
    "  kind: netwerk\n"
    "  filters: [themas, reikwijdte]\n"
    "  facts: [types, reikwijdte]\n"
    "  contact: [start]\n"
    "  compare: [types, reikwijdte, aanpak]\n"
    "  group: {field: reikwijdte, value: landelijk, label: Landelijke netwerken}\n";

TEST(FinderSettingsTest, UnknownAndNonFacetFieldsAreErrorsAtTheirName) {
  BuildResult result = RunBuild(WithFinder("  kind: netwerk\n"
                                           "  filters: [themas, aanpak, thema]\n"),
                                testing::TestBuildOptions());
  EXPECT_EQ(testing::Headlines(result.diags),
            (std::vector<std::string>{
                "content/site.yaml:15:21: fout: finder.filters: veld 'aanpak' is geen facet (facet: true)",
                "content/site.yaml:15:29: fout: finder.filters: soort netwerk heeft geen veld 'thema'"}));
  std::vector<Diagnostic> sorted = result.diags.Sorted();
  ASSERT_EQ(sorted.size(), 2u);
  EXPECT_EQ(sorted[0].message.en, "finder.filters: field 'aanpak' is not a facet (facet: true)");
  EXPECT_EQ(sorted[0].hint.en, "add 'facet: true' to the field in schema.yaml");
  EXPECT_EQ(sorted[1].message.en, "finder.filters: kind netwerk has no field 'thema'");
}

TEST(FinderSettingsTest, UnknownKindIsAnError) {
  BuildResult result = RunBuild(WithFinder("  kind: netwerken\n"), testing::TestBuildOptions());
  EXPECT_EQ(testing::Headlines(result.diags),
            (std::vector<std::string>{"content/site.yaml:14:9: fout: finder: onbekende soort 'netwerken'"}));
  ASSERT_EQ(result.diags.items().size(), 1u);
  EXPECT_EQ(result.diags.items()[0].message.en, "finder: unknown kind 'netwerken'");
}

TEST(FinderSettingsTest, FinderPageListsNamedEntriesFirstAndTheGroupBehindOneButton) {
  BuildResult result = RunBuild(WithFinder(kFinder), testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  const std::string& page = result.output.files.at("vind-een-netwerk/index.html");
  const size_t group = page.find("<details class=\"finder-group\" data-filter-group>");
  ASSERT_NE(group, std::string::npos);
  EXPECT_NE(page.find("Landelijke netwerken (<span data-filter-group-count>1</span>)"), std::string::npos);
  // landelijk-leren is the only landelijk network: inside the group; the others before it.
  EXPECT_GT(page.find("value=\"landelijk-leren\""), group);
  EXPECT_LT(page.find("value=\"buurtzorg-kring\""), group);
  EXPECT_LT(page.find("value=\"veilig-samen\""), group);
  // Filters only for the named facets; the menu links to the finder.
  EXPECT_NE(page.find("name=\"themas\""), std::string::npos);
  EXPECT_EQ(page.find("name=\"types\" value="), std::string::npos);
  EXPECT_NE(result.output.files.at("index.html").find("vind-een-netwerk/index.html"), std::string::npos);
}

TEST(FinderSettingsTest, CompareDataHoldsTheCompareFieldsOfEveryEntry) {
  BuildResult result = RunBuild(WithFinder(kFinder), testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  const std::string& data = result.output.files.at("vergelijk/vergelijk-data.js");
  EXPECT_NE(data.find("window.leernetCompare = {\"rows\":[\"Netwerktype\",\"Reikwijdte\",\"Werkvormen\""),
            std::string::npos);
  for (const char* slug : {"buurtzorg-kring", "landelijk-leren", "veilig-samen"}) {
    EXPECT_NE(data.find(std::string("\"slug\":\"") + slug + "\""), std::string::npos) << slug;
  }
  EXPECT_NE(result.output.files.at("vergelijk/index.html").find("<select id=\"keuze-3\" name=\"n\">"),
            std::string::npos);
}

TEST(FinderSettingsTest, SiteWithoutFinderHasNoFinderPageOrLink) {
  BuildResult result = RunBuild(testing::BasisSite(), testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  EXPECT_EQ(result.output.files.count("vind-een-netwerk/index.html"), 0u);
  EXPECT_EQ(result.output.files.at("index.html").find("vind-een-netwerk"), std::string::npos);
}

}  // namespace
}  // namespace leernet
