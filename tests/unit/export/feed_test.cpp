#include <gtest/gtest.h>

#include <regex>

#include "export/feed.h"
#include "export/sitemap.h"
#include "export/xml_text.h"
#include "unit/export/export_fixtures.h"

namespace leernet {
namespace {

using testing::BasisModel;

// Every '<' opens a tag, every '&' starts one of the five entities, and tags nest: enough to
// catch what goes wrong when text is not escaped.
bool LooksWellFormed(const std::string& xml, std::string* why) {
  std::vector<std::string> open;
  size_t i = xml.find("?>");
  if (xml.rfind("<?xml ", 0) != 0 || i == std::string::npos) return *why = "no declaration", false;
  for (i += 2; i < xml.size(); ++i) {
    if (xml[i] == '&') {
      static const std::regex entity("&(amp|lt|gt|quot|apos);");
      if (!std::regex_search(xml.begin() + static_cast<long>(i), xml.end(), entity,
                             std::regex_constants::match_continuous)) {
        return *why = "bare & at " + std::to_string(i), false;
      }
    } else if (xml[i] == '>') {
      return *why = "bare > at " + std::to_string(i), false;
    } else if (xml[i] == '<') {
      size_t end = xml.find('>', i);
      if (end == std::string::npos) return *why = "unclosed tag", false;
      std::string tag = xml.substr(i + 1, end - i - 1);
      if (tag.find('<') != std::string::npos) return *why = "< inside tag " + tag, false;
      size_t quotes = std::count(tag.begin(), tag.end(), '"');
      if (quotes % 2) return *why = "odd quotes in " + tag, false;
      std::string name = tag.substr(tag[0] == '/' ? 1 : 0);
      name = name.substr(0, name.find_first_of(" /"));
      if (tag[0] == '/') {
        if (open.empty() || open.back() != name) return *why = "mismatched </" + name + ">", false;
        open.pop_back();
      } else if (tag.back() != '/') {
        open.push_back(name);
      }
      i = end;
    }
  }
  if (!open.empty()) return *why = "unclosed <" + open.back() + ">", false;
  return true;
}

std::vector<std::string> All(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

const ChangeDates kDates = {
    {"netwerken/buurtzorg-kring.md", "2024-03-01"}, {"netwerken/landelijk-leren.yaml", "2024-05-20"},
    {"netwerken/veilig-samen.md", "2023-12-31"},    {"praktijken/pdsa.md", "2024-05-20"},
    {"themas/ouderenzorg.md", "2022-01-01"},
};

TEST(FeedTest, IsWellFormedAndNewestFirst) {
  auto site = BasisModel();
  ASSERT_FALSE(site->diags.HasErrors());
  std::string feed = AtomFeed(site->model, kDates, {});
  std::string why;
  EXPECT_TRUE(LooksWellFormed(feed, &why)) << why << "\n" << feed;
  // Equal dates keep model order: netwerk before praktijk.
  EXPECT_EQ(All(feed, "<entry>\\s*<title>([^<]*)</title>"),
            (std::vector<std::string>{"Landelijk Leren &amp; Verbeteren", "PDSA-cyclus", "Buurtkring Ouderen",
                                      "Veilig Samen", "Ouderenzorg"}));
  EXPECT_EQ(All(feed, "<updated>([^<]*)</updated>").front(), "2024-05-20T00:00:00Z");
}

TEST(FeedTest, LeavesOutEntriesWithoutDateAndKeepsTheLimit) {
  auto site = BasisModel();
  ExportSettings settings;
  settings.feed_entries = 2;
  std::string feed = AtomFeed(site->model, kDates, settings);
  EXPECT_EQ(All(feed, "<entry>\\s*<title>([^<]*)</title>").size(), 2u);
  EXPECT_EQ(AtomFeed(site->model, {}, {}).find("<entry>"), std::string::npos);
}

TEST(FeedTest, RelativeLinksAndUrnIdsWithoutBaseUrl) {
  auto site = BasisModel();
  std::string feed = AtomFeed(site->model, kDates, {});
  EXPECT_NE(feed.find("<link rel=\"alternate\" type=\"text/html\" href=\"netwerken/landelijk-leren/index.html\"/>"),
            std::string::npos);
  EXPECT_NE(feed.find("<id>urn:leernet:testkennisbank:netwerk:landelijk-leren</id>"), std::string::npos);
  EXPECT_EQ(feed.find("http"), feed.find("http://www.w3.org/2005/Atom"));
}

TEST(FeedTest, AbsoluteLinksUnderBaseUrl) {
  auto site = BasisModel();
  std::string feed = AtomFeed(site->model, kDates, {"https://kb.example.nl/sub", 50});
  EXPECT_NE(feed.find("href=\"https://kb.example.nl/sub/netwerken/landelijk-leren/index.html\""), std::string::npos);
  EXPECT_NE(feed.find("<id>https://kb.example.nl/sub/netwerken/landelijk-leren/index.html</id>"), std::string::npos);
  EXPECT_NE(feed.find("rel=\"self\" type=\"application/atom+xml\" href=\"https://kb.example.nl/sub/feed.xml\""),
            std::string::npos);
}

TEST(FeedTest, EscapesMarkupInTitlesAndSummaries) {
  auto site = BasisModel({{"netwerken/lastig.md",
                           "---\ntitel: 'A <b> & \"C\"'\nsamenvatting: \"x < y & z > \\\"q\\\"\"\n"
                           "types: [themanetwerk]\nreikwijdte: lokaal\n---\n"}});
  ASSERT_FALSE(site->diags.HasErrors());
  ChangeDates dates = {{"netwerken/lastig.md", "2025-01-01"}};
  std::string feed = AtomFeed(site->model, dates, {});
  std::string why;
  EXPECT_TRUE(LooksWellFormed(feed, &why)) << why << "\n" << feed;
  EXPECT_NE(feed.find("<title>A &lt;b&gt; &amp; &quot;C&quot;</title>"), std::string::npos) << feed;
  EXPECT_NE(feed.find("<summary type=\"text\">x &lt; y &amp; z &gt; &quot;q&quot;</summary>"), std::string::npos)
      << feed;
}

TEST(XmlTextTest, DropsControlCharacters) { EXPECT_EQ(EscapeXml("a\x01\tb\x1f'"), "a\tb&apos;"); }

TEST(SitemapTest, NeedsABaseUrl) {
  auto site = BasisModel();
  EXPECT_EQ(SitemapXml(site->model, kDates, {}), "");
}

TEST(SitemapTest, ListsHomeKindsAndEntriesWithLastmod) {
  auto site = BasisModel();
  std::string map = SitemapXml(site->model, kDates, {"https://kb.example.nl", 50});
  std::string why;
  EXPECT_TRUE(LooksWellFormed(map, &why)) << why;
  std::vector<std::string> locs = All(map, "<loc>([^<]*)</loc>");
  ASSERT_EQ(locs.size(), 1u + 4u + site->model.entries.size());
  EXPECT_EQ(locs[0], "https://kb.example.nl/index.html");
  EXPECT_EQ(locs[1], "https://kb.example.nl/netwerken/index.html");
  EXPECT_NE(map.find("<loc>https://kb.example.nl/index.html</loc><lastmod>2024-05-20</lastmod>"), std::string::npos);
  EXPECT_NE(map.find("<loc>https://kb.example.nl/netwerken/veilig-samen/index.html</loc><lastmod>2023-12-31</lastmod>"),
            std::string::npos);
  EXPECT_NE(map.find("<loc>https://kb.example.nl/typen/intervisie/index.html</loc></url>"), std::string::npos);
}

}  // namespace
}  // namespace leernet
