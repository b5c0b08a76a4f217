// Hostile text anywhere in the input must come out as text: escaped in element content
// and attributes, and never able to break the markup.
#include <gtest/gtest.h>

#include <string>

#include "map/layout.h"
#include "map/overview_map.h"
#include "map/svg_writer.h"
#include "map_fixtures.h"
#include "svg_check.h"

namespace leernet::map {
namespace {

constexpr char kHostile[] = "<script>alert(\"x\")</script> & 'Tom' > \"Jerry\"";

MapInput HostileInput() {
  MapInput input = testing::FixedInput();
  input.title = kHostile;
  input.description = kHostile;
  input.rows_label = kHostile;
  input.columns_label = kHostile;
  input.color_label = kHostile;
  input.rows[0].label = kHostile;
  input.columns[2].label = kHostile;
  input.colors[0].label = kHostile;
  input.networks[1].title = kHostile;
  input.networks[1].href = "netwerken/a\"b&c/index.html";
  input.networks[1].facet_json = "{\"themas\":[\"<x>&'\"]}";
  // Keys end up in data-row and in the overflow link's fragment.
  input.rows[1].key = "lerend\"<&>'";
  for (MapNetwork& network : input.networks) {
    for (std::string& row : network.rows) {
      if (row == "lerend-netwerk") row = input.rows[1].key;
    }
  }
  input.row_field = "ty pes&";
  testing::Crowd(input, input.rows[1].key, "regionaal", static_cast<size_t>(kMaxMarksPerCell));
  return input;
}

TEST(OverviewMapEscapingTest, HostileTextIsEscapedEverywhere) {
  const MapOutput output = RenderOverviewMap(HostileInput(), "../");
  for (const std::string* svg : {&output.svg, &output.thumbnail_svg}) {
    EXPECT_EQ(svg->find("<script"), std::string::npos);
    EXPECT_EQ(svg->find("'Tom'"), std::string::npos);
    EXPECT_NE(svg->find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                        "&#39;Tom&#39; &gt; &quot;Jerry&quot;"),
              std::string::npos);
  }
  EXPECT_NE(output.svg.find("href=\"../netwerken/a&quot;b&amp;c/index.html\""), std::string::npos);
  EXPECT_NE(output.svg.find("data-facets=\"{&quot;themas&quot;:[&quot;&lt;x&gt;&amp;&#39;&quot;]}\""),
            std::string::npos);
  EXPECT_NE(output.svg.find("data-row=\"lerend&quot;&lt;&amp;&gt;&#39;\""), std::string::npos);
  // Keys in the overflow link are percent-encoded, then the & separator is escaped.
  EXPECT_NE(output.svg.find("#ty%20pes%26=lerend%22%3C%26%3E%27&amp;dekking=regionaal\""), std::string::npos);
}

TEST(OverviewMapEscapingTest, OutputIsWellFormed) {
  std::string error;
  const MapOutput hostile = RenderOverviewMap(HostileInput(), "../");
  EXPECT_TRUE(testing::IsWellFormed(hostile.svg, &error)) << error;
  EXPECT_TRUE(testing::IsWellFormed(hostile.thumbnail_svg, &error)) << error;
  const MapOutput fixed = RenderOverviewMap(testing::FixedInput(), "");
  EXPECT_TRUE(testing::IsWellFormed(fixed.svg, &error)) << error;
  EXPECT_TRUE(testing::IsWellFormed(fixed.thumbnail_svg, &error)) << error;
}

TEST(OverviewMapEscapingTest, ControlCharactersAndBrokenUtf8BecomeReplacement) {
  const std::string r = "\xEF\xBF\xBD";  // U+FFFD
  const std::string controls = {'a', '\x01', 'b', '\x7F', 'c'};
  EXPECT_EQ(EscapeXml(controls), "a" + r + "b" + r + "c");
  EXPECT_EQ(EscapeXml("tab\there\nline"), "tab here line");
  EXPECT_EQ(EscapeXml("\xC3\xA9"), "\xC3\xA9");                  // é passes
  EXPECT_EQ(EscapeXml("\xC3"), r);                               // truncated sequence
  EXPECT_EQ(EscapeXml("\xC0\xAF"), r + r);                       // overlong '/'
  EXPECT_EQ(EscapeXml("\xED\xA0\x80"), r + r + r);               // surrogate
  EXPECT_EQ(EscapeXml("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");  // emoji passes
}

TEST(OverviewMapEscapingTest, TruncationNeverSplitsACodePoint) {
  MapInput input = testing::FixedInput();
  input.networks[0].title = std::string(80, 'x') + "\xC3\xA9\xC3\xA9\xC3\xA9";
  input.networks[2].title = "\xC3\xA9" + std::string(40, 'W') + "\xE2\x82\xAC";
  const MapOutput output = RenderOverviewMap(input, "");
  EXPECT_EQ(output.svg.find("\xEF\xBF\xBD"), std::string::npos);
  std::string error;
  EXPECT_TRUE(testing::IsWellFormed(output.svg, &error)) << error;
}

TEST(OverviewMapEscapingTest, PercentEncodeKeepsSlugs) {
  EXPECT_EQ(PercentEncode("lerend-netwerk_2.0~x"), "lerend-netwerk_2.0~x");
  EXPECT_EQ(PercentEncode("a b&c=d#e"), "a%20b%26c%3Dd%23e");
  EXPECT_EQ(PercentEncode("\xC3\xA9"), "%C3%A9");
}

}  // namespace
}  // namespace leernet::map
