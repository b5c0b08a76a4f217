// Builds the basis fixture site in memory and checks the output tree: every page type is
// there, references show both ways, and every internal link names a file that exists.
#include <gtest/gtest.h>

#include <regex>

#include "support/test_site.h"

namespace leernet {
namespace {

class BuildSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    MemoryFileSystem fs = testing::BasisSite();
    result_ = RunBuild(fs, testing::TestBuildOptions());
    ASSERT_FALSE(result_.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result_.diags));
  }
  const std::string& File(const std::string& path) {
    static const std::string kMissing;
    auto it = result_.output.files.find(path);
    EXPECT_NE(it, result_.output.files.end()) << path;
    return it == result_.output.files.end() ? kMissing : it->second;
  }
  BuildResult result_;
};

TEST_F(BuildSiteTest, WritesEveryPageType) {
  for (const char* path : {"index.html", "404.html", "zoeken/index.html", "kaart/index.html",
                           "netwerken/index.html", "netwerken/veilig-samen/index.html",
                           "netwerken/landelijk-leren/index.html", "praktijken/casusbespreking/index.html",
                           "typen/index.html", "typen/themanetwerk/index.html", "themas/ouderenzorg/index.html",
                           "search/index.js", "search/store.js", "search/text.js", "assets/style.css",
                           "assets/lunr/lunr.js", "assets/lunr/lunr.nl.js", "assets/lunr/lunr.stemmer.support.js"}) {
    EXPECT_TRUE(result_.output.files.count(path)) << path;
  }
  EXPECT_EQ(result_.entries, 9u);
}

TEST_F(BuildSiteTest, TypePageListsItsNetworks) {
  const std::string& page = File("typen/themanetwerk/index.html");
  EXPECT_NE(page.find("Netwerken van dit type"), std::string::npos);
  for (const char* slug : {"veilig-samen", "buurtzorg-kring", "landelijk-leren"}) {
    EXPECT_NE(page.find(std::string("../../netwerken/") + slug + "/index.html"), std::string::npos) << slug;
  }
  const std::string& intervisie = File("typen/intervisie/index.html");
  EXPECT_NE(intervisie.find("../../netwerken/buurtzorg-kring/index.html"), std::string::npos);
  EXPECT_EQ(intervisie.find("../../netwerken/veilig-samen/index.html"), std::string::npos);
}

TEST_F(BuildSiteTest, PracticePageListsTheNetworksThatUseIt) {
  const std::string& page = File("praktijken/pdsa/index.html");
  EXPECT_NE(page.find("Netwerken die deze werkvorm gebruiken"), std::string::npos);
  EXPECT_NE(page.find("../../netwerken/veilig-samen/index.html"), std::string::npos);
}

TEST_F(BuildSiteTest, RewritesLinksToEntryFilesAndRendersGfm) {
  const std::string& page = File("praktijken/casusbespreking/index.html");
  EXPECT_NE(page.find("href=\"../../netwerken/veilig-samen/index.html#aanpak\""), std::string::npos);
  EXPECT_NE(page.find("<table>"), std::string::npos);
  EXPECT_NE(page.find("<del>oud</del>"), std::string::npos);
  EXPECT_NE(page.find("\u2611 voorbereid"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"https://example.org\">"), std::string::npos);
  const std::string& yaml_entry = File("typen/intervisie/index.html");
  EXPECT_NE(yaml_entry.find("href=\"../../praktijken/casusbespreking/index.html\""), std::string::npos);
}

TEST_F(BuildSiteTest, EscapesUserTextInPages) {
  const std::string& page = File("netwerken/landelijk-leren/index.html");
  EXPECT_NE(page.find("Landelijk Leren &amp; Verbeteren"), std::string::npos);
  EXPECT_NE(page.find("&lt;regionale&gt;"), std::string::npos);
  EXPECT_EQ(page.find("<regionale>"), std::string::npos);
}

// Every href and src in every page is relative, names a file (never a folder), and exists.
TEST_F(BuildSiteTest, EveryInternalLinkResolvesToAFile) {
  std::regex attr(R"re((?:href|src)="([^"]*)")re");
  int checked = 0;
  for (const auto& [path, bytes] : result_.output.files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    std::string dir = path.find('/') == std::string::npos ? "" : path.substr(0, path.rfind('/') + 1);
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), attr); it != std::sregex_iterator(); ++it) {
      std::string url = (*it)[1].str();
      if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0 || url.rfind("mailto:", 0) == 0 ||
          url.empty() || url[0] == '#') {
        continue;
      }
      ASSERT_NE(url[0], '/') << path << " links to absolute " << url;
      std::string file = url.substr(0, url.find_first_of("?#"));
      ASSERT_FALSE(file.empty() || file.back() == '/') << path << " links to a folder: " << url;
      std::optional<std::string> target = ResolveRelative(dir + "x", file);
      ASSERT_TRUE(target) << path << " links above the root: " << url;
      EXPECT_TRUE(result_.output.files.count(*target)) << path << " links to missing " << *target;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace leernet
