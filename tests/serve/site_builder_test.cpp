// Rebuilds of the serve builder on an in-memory site: a changed theme asset is swapped in
// place, other changes rebuild the site, and a failed build reports its errors.
#include "serve/site_builder.h"

#include <gtest/gtest.h>

#include "support/test_site.h"

namespace leernet::serve {
namespace {

class SiteBuilderTest : public ::testing::Test {
 protected:
  SiteBuilderTest() : fs_(testing::BasisSite()), builder_(fs_, testing::TestBuildOptions()) {}
  MemoryFileSystem fs_;
  SiteBuilder builder_;
};

TEST_F(SiteBuilderTest, BuildsTheSiteForServing) {
  BuildOutcome outcome = builder_.BuildAll();
  ASSERT_TRUE(outcome.ok) << outcome.report;
  EXPECT_EQ(outcome.entries, 9u);
  EXPECT_TRUE(outcome.output->files.count("netwerken/veilig-samen/index.html"));
  EXPECT_EQ(builder_.WatchedFolders(), (std::vector<std::string>{"content", "theme"}));
}

TEST_F(SiteBuilderTest, SwapsAChangedAssetWithoutABuild) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  fs_.Write("theme/assets/style.css", "body { color: red; }\n");
  BuildOutcome outcome = builder_.Rebuild({"theme/assets/style.css"});
  ASSERT_TRUE(outcome.ok) << outcome.report;
  EXPECT_TRUE(outcome.patched);
  EXPECT_EQ(*outcome.output->files.at("assets/style.css"), "body { color: red; }\n");
}

TEST_F(SiteBuilderTest, BuildsAgainForContentTemplatesAndNewAssets) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  std::string page = fs_.ReadFile("content/netwerken/veilig-samen.md").text.value();
  fs_.Write("content/netwerken/veilig-samen.md", page.replace(page.find("Veilig Samen"), 12, "Veilig Verder"));
  BuildOutcome content = builder_.Rebuild({"content/netwerken/veilig-samen.md"});
  ASSERT_TRUE(content.ok) << content.report;
  EXPECT_FALSE(content.patched);
  EXPECT_NE(content.output->files.at("netwerken/veilig-samen/index.html")->find("Veilig Verder"), std::string::npos);

  fs_.Write("theme/assets/new.css", "p {}\n");
  BuildOutcome added = builder_.Rebuild({"theme/assets/new.css", "theme/assets/style.css"});
  ASSERT_TRUE(added.ok) << added.report;
  EXPECT_FALSE(added.patched);
  EXPECT_EQ(*added.output->files.at("assets/new.css"), "p {}\n");
}

TEST_F(SiteBuilderTest, ReportsErrorsAndBuildsFullyAfterAFailure) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  fs_.Write("content/netwerken/veilig-samen.md", "---\ntitel: [unclosed\n---\n");
  BuildOutcome broken = builder_.Rebuild({"content/netwerken/veilig-samen.md"});
  EXPECT_FALSE(broken.ok);
  EXPECT_GT(broken.errors, 0);
  EXPECT_EQ(broken.output, nullptr);
  EXPECT_NE(broken.report.find("content/netwerken/veilig-samen.md:"), std::string::npos) << broken.report;
  // The site is still broken, so an asset change must not pass for a good build.
  BuildOutcome asset = builder_.Rebuild({"theme/assets/style.css"});
  EXPECT_FALSE(asset.ok);
  EXPECT_FALSE(asset.patched);
}

TEST_F(SiteBuilderTest, ReportsInDutchUnlessToldEnglish) {
  fs_.Write("content/netwerken/veilig-samen.md", "---\ntitel: [unclosed\n---\n");
  BuildOutcome nl = builder_.BuildAll();
  EXPECT_NE(nl.report.find("content/netwerken/veilig-samen.md:3:1: fout: "), std::string::npos) << nl.report;
  SiteBuilder english(fs_, testing::TestBuildOptions(), Lang::kEn);
  BuildOutcome en = english.BuildAll();
  EXPECT_NE(en.report.find("content/netwerken/veilig-samen.md:3:1: error: "), std::string::npos) << en.report;
}

}  // namespace
}  // namespace leernet::serve
