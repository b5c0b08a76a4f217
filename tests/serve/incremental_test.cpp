// Incremental rebuilds of `leernet serve` against full builds: after each edit of a sequence, the
// site the builder serves must equal, byte for byte, what a fresh RunBuild makes of the same
// files; before the second step only the search files and exports may still differ.
#include <gtest/gtest.h>

#include "incremental/site_files.h"
#include "serve/site_builder.h"
#include "support/test_site.h"

namespace leernet::serve {
namespace {

// Files that the second step of an incremental rebuild makes.
bool IsDeferred(const std::string& path) {
  return path.rfind("search/", 0) == 0 || path.rfind("export/", 0) == 0 || path == "feed.xml" ||
         path == "sitemap.xml" || path == "kaart/relaties/index.html";
}

class IncrementalTest : public ::testing::Test {
 protected:
  IncrementalTest() : fs_(testing::BasisSite()), builder_(fs_, testing::TestBuildOptions()) {}

  OutputSet FullBuild() {
    BuildOptions options = testing::TestBuildOptions();
    options.dev = true;  // as the builder builds for serving
    BuildResult result = RunBuild(fs_, options);
    EXPECT_FALSE(result.diags.HasErrors());
    return std::move(result.output);
  }

  // Every differing or missing path, so that a failure names the pages, not only a count.
  static std::vector<std::string> Differences(const OutputSet& got, const OutputSet& want, bool skip_deferred) {
    std::vector<std::string> out;
    for (const auto& [path, bytes] : want.files) {
      if (skip_deferred && IsDeferred(path)) continue;
      auto it = got.files.find(path);
      if (it == got.files.end()) out.push_back("missing " + path);
      else if (it->second != bytes) out.push_back("differs " + path);
    }
    for (const auto& [path, bytes] : got.files) {
      if (!want.files.count(path)) out.push_back("extra " + path);
    }
    return out;
  }

  void Edit(const std::string& rel, const std::string& from, const std::string& to) {
    std::string path = "content/" + rel;
    std::string text = fs_.ReadFile(path).text.value();
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " in " << path;
    fs_.Write(path, text.replace(at, from.size(), to));
  }

  // Rebuilds after the edit of `rel` and checks both steps against a full build.
  void ExpectIncrementalEqualsFull(const std::string& rel) {
    BuildOutcome pages = builder_.Rebuild({"content/" + rel});
    ASSERT_TRUE(pages.ok) << pages.report;
    EXPECT_TRUE(pages.incremental);
    EXPECT_TRUE(pages.deferred);
    OutputSet want = FullBuild();
    EXPECT_EQ(Differences(pages.output->ToOutputSet(), want, true), std::vector<std::string>{}) << rel;
    BuildOutcome files = builder_.FinishDeferred();
    ASSERT_TRUE(files.ok) << files.report;
    EXPECT_EQ(Differences(files.output->ToOutputSet(), want, false), std::vector<std::string>{}) << rel;
  }

  MemoryFileSystem fs_;
  SiteBuilder builder_;
};

TEST_F(IncrementalTest, SequenceOfEditsEqualsFullBuilds) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  // A title that other entries show: every network that uses the practice names it.
  Edit("praktijken/pdsa.md", "titel: PDSA-cyclus", "titel: Plan-Do-Study-Act");
  ExpectIncrementalEqualsFull("praktijken/pdsa.md");
  // A reference list: the back-references move from one practice to another.
  Edit("netwerken/buurtzorg-kring.md", "aanpak: [casusbespreking]", "aanpak: [pdsa]");
  ExpectIncrementalEqualsFull("netwerken/buurtzorg-kring.md");
  // A link in the body to another entry's file.
  Edit("netwerken/veilig-samen.md", "(../praktijken/pdsa.md)", "(../themas/ouderenzorg.md)");
  ExpectIncrementalEqualsFull("netwerken/veilig-samen.md");
  // A summary, shown on the cards of the entries it refers to, and a facet value.
  Edit("netwerken/veilig-samen.md", "reikwijdte: regionaal", "reikwijdte: lokaal");
  Edit("netwerken/veilig-samen.md", "leert van wat goed gaat", "leert van fouten");
  ExpectIncrementalEqualsFull("netwerken/veilig-samen.md");
  // A YAML entry's title and its body field.
  Edit("typen/intervisie.yaml", "titel: Intervisiegroep", "titel: Intervisie");
  Edit("typen/intervisie.yaml", "een casus in.", "een casus in. Zie [PDSA](../praktijken/pdsa.md).");
  ExpectIncrementalEqualsFull("typen/intervisie.yaml");
}

TEST_F(IncrementalTest, RendersOnlyThePagesAnEditCanChange) {
  BuildOutcome first = builder_.BuildAll();
  ASSERT_TRUE(first.ok);
  Edit("netwerken/veilig-samen.md", "Het netwerk gebruikt", "Het netwerk past");
  BuildOutcome pages = builder_.Rebuild({"content/netwerken/veilig-samen.md"});
  ASSERT_TRUE(pages.ok) << pages.report;
  EXPECT_TRUE(pages.incremental);
  size_t html = 0;
  for (const auto& [path, bytes] : first.output->files) html += path.size() > 5 && path.substr(path.size() - 5) == ".html";
  EXPECT_LT(pages.pages, html);
  // Only the body changed, so no other page shows anything new.
  EXPECT_EQ(pages.pages, 1u);
  EXPECT_NE(pages.output->files.at("netwerken/veilig-samen/index.html")->find("Het netwerk past"), std::string::npos);
  // The unchanged pages are the very same texts, not copies.
  EXPECT_EQ(pages.output->files.at("themas/ouderenzorg/index.html"), first.output->files.at("themas/ouderenzorg/index.html"));
}

TEST_F(IncrementalTest, AnEditThatChangesNothingKeepsTheSite) {
  BuildOutcome first = builder_.BuildAll();
  ASSERT_TRUE(first.ok);
  BuildOutcome again = builder_.Rebuild({"content/netwerken/veilig-samen.md"});
  ASSERT_TRUE(again.ok) << again.report;
  EXPECT_TRUE(again.incremental);
  EXPECT_FALSE(again.deferred);
  EXPECT_EQ(again.pages, 0u);
}

TEST_F(IncrementalTest, ABrokenEditThenItsFixStaysIncremental) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  std::string good = fs_.ReadFile("content/netwerken/veilig-samen.md").text.value();
  Edit("netwerken/veilig-samen.md", "aanpak: [casusbespreking, pdsa]", "aanpak: [casusbespreking, pdca]");
  BuildOutcome broken = builder_.Rebuild({"content/netwerken/veilig-samen.md"});
  EXPECT_FALSE(broken.ok);
  EXPECT_TRUE(broken.incremental);
  EXPECT_NE(broken.report.find("content/netwerken/veilig-samen.md:"), std::string::npos) << broken.report;
  // A link to a file that is not there is the Markdown stage's error.
  fs_.Write("content/netwerken/veilig-samen.md", good);
  Edit("netwerken/veilig-samen.md", "(../praktijken/pdsa.md)", "(../praktijken/pdca.md)");
  EXPECT_FALSE(builder_.Rebuild({"content/netwerken/veilig-samen.md"}).ok);
  fs_.Write("content/netwerken/veilig-samen.md", good);
  Edit("netwerken/veilig-samen.md", "titel: Veilig Samen", "titel: Veilig Verder");
  ExpectIncrementalEqualsFull("netwerken/veilig-samen.md");
}

TEST_F(IncrementalTest, ARemovedFileBuildsEverything) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  fs_.Remove("content/netwerken/buurtzorg-kring.md");
  BuildOutcome removed = builder_.Rebuild({"content/netwerken/buurtzorg-kring.md"});
  ASSERT_TRUE(removed.ok) << removed.report;
  EXPECT_FALSE(removed.incremental);
  EXPECT_EQ(removed.output->files.count("netwerken/buurtzorg-kring/index.html"), 0u);
  EXPECT_EQ(Differences(removed.output->ToOutputSet(), FullBuild(), false), std::vector<std::string>{});
}

TEST_F(IncrementalTest, NewFilesSettingsAndTemplatesBuildEverything) {
  ASSERT_TRUE(builder_.BuildAll().ok);
  fs_.Write("content/praktijken/pdca.md", "---\ntitel: PDCA\nsamenvatting: Plan, Do, Check, Act.\ncategorie: verbetermethode\n---\nTekst.\n");
  BuildOutcome added = builder_.Rebuild({"content/praktijken/pdca.md"});
  ASSERT_TRUE(added.ok) << added.report;
  EXPECT_FALSE(added.incremental);
  EXPECT_EQ(Differences(added.output->ToOutputSet(), FullBuild(), false), std::vector<std::string>{});

  Edit("site.yaml", "\n", "\n# een opmerking\n");
  BuildOutcome settings = builder_.Rebuild({"content/site.yaml"});
  ASSERT_TRUE(settings.ok) << settings.report;
  EXPECT_FALSE(settings.incremental);

  fs_.Write("theme/templates/404.html", "<p>weg</p>\n");
  BuildOutcome theme = builder_.Rebuild({"theme/templates/404.html"});
  ASSERT_TRUE(theme.ok) << theme.report;
  EXPECT_FALSE(theme.incremental);
  EXPECT_EQ(*theme.output->files.at("404.html"), "<p>weg</p>\n");
  // After the full builds the next edit is incremental again, and still equal.
  Edit("praktijken/pdca.md", "titel: PDCA", "titel: PDCA-cyclus");
  ExpectIncrementalEqualsFull("praktijken/pdca.md");
}

}  // namespace
}  // namespace leernet::serve
