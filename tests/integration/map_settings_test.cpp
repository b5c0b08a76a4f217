// The map's settings in site.yaml: a muted column must be one of the column values, and a
// muted column is drawn as the quiet band below the grid on the built map page.
#include <gtest/gtest.h>

#include <string>

#include "support/test_site.h"

namespace leernet {
namespace {

MemoryFileSystem WithMuted(const std::string& muted) {
  MemoryFileSystem fs = testing::BasisSite();
  std::string site = *fs.ReadFile("content/site.yaml").text;
  fs.Write("content/site.yaml", site + "  muted: [" + muted + "]\n");
  return fs;
}

TEST(MapSettingsTest, UnknownMutedColumnIsAnErrorWithPosition) {
  BuildResult result = RunBuild(WithMuted("regionall"), testing::TestBuildOptions());
  EXPECT_EQ(testing::Headlines(result.diags),
            (std::vector<std::string>{"content/site.yaml:13:10: fout: map: gedimde kolom 'regionall' is geen waarde "
                                      "van 'reikwijdte' (bedoel je 'regionaal'?)"}));
  ASSERT_EQ(result.diags.items().size(), 1u);
  EXPECT_EQ(result.diags.items()[0].message.In(Lang::kEn),
            "map: muted column 'regionall' is not a value of 'reikwijdte' (did you mean 'regionaal'?)");
}

TEST(MapSettingsTest, MutedColumnIsDrawnBelowTheGrid) {
  BuildResult result = RunBuild(WithMuted("landelijk"), testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  const std::string& page = result.output.files.at("kaart/index.html");
  // The band's header names the axis and the value; grid cells of that column are muted.
  EXPECT_NE(page.find("Reikwijdte: landelijk"), std::string::npos);
  EXPECT_NE(page.find("<g class=\"cell muted-cell\" data-row=\"themanetwerk\" data-column=\"landelijk\""),
            std::string::npos);
  EXPECT_EQ(page.find("<g class=\"cell\" data-row=\"themanetwerk\" data-column=\"landelijk\""), std::string::npos);
}

}  // namespace
}  // namespace leernet
