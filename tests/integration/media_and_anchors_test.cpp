// Images and attachments in content/ end up in the site beside the pages, and links to a place
// on a page are checked against that page's headings once every body is rendered.
#include <gtest/gtest.h>

#include "pipeline.h"
#include "support/test_site.h"

namespace leernet {
namespace {

const char kNetwork[] = "content/netwerken/buurtzorg-kring.md";
const char kPractice[] = "content/praktijken/pdsa.md";

void Append(MemoryFileSystem& fs, const std::string& path, const std::string& text) {
  fs.Write(path, *fs.ReadFile(path).text + text);
}

TEST(MediaTest, CopiesImagesAndAttachmentsByteForByteAndLinksToThem) {
  MemoryFileSystem fs = testing::BasisSite();
  const std::string logo("\x89PNG\r\n\x1a\n\0\0binary", 16);
  fs.Write("content/media/logo.png", logo);
  fs.Write("content/netwerken/werkblad.pdf", "%PDF-1.4");
  fs.Write("content/praktijken/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  Append(fs, kNetwork, "\n![Logo van de kring](../media/logo.png) [Werkblad](werkblad.pdf)\n");

  BuildResult build = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_FALSE(build.diags.HasErrors()) << testing::JoinLines(testing::Headlines(build.diags));
  EXPECT_EQ(build.output.files["bestanden/media/logo.png"], logo);
  EXPECT_EQ(build.output.files["bestanden/netwerken/werkblad.pdf"], "%PDF-1.4");
  EXPECT_EQ(build.output.files.count("bestanden/praktijken/schema.svg"), 1u) << "copied even when no page links it";
  const std::string& page = build.output.files["netwerken/buurtzorg-kring/index.html"];
  EXPECT_NE(page.find("<img src=\"../../bestanden/media/logo.png\" alt=\"Logo van de kring\""), std::string::npos);
  EXPECT_NE(page.find("href=\"../../bestanden/netwerken/werkblad.pdf\""), std::string::npos);
}

TEST(MediaTest, MissingImageFailsTheBuild) {
  MemoryFileSystem fs = testing::BasisSite();
  Append(fs, kNetwork, "\n![Logo](../media/logo.png)\n");
  BuildResult build = RunBuild(fs, testing::TestBuildOptions());
  EXPECT_EQ(testing::Headlines(build.diags),
            (std::vector<std::string>{
                "content/netwerken/buurtzorg-kring.md:11:1: fout: afbeelding '../media/logo.png' staat niet in de map "
                "content"}));
  EXPECT_TRUE(build.output.files.empty());
}

TEST(AnchorTest, LinksToHeadingsOfOtherPagesAndOfTheSamePage) {
  MemoryFileSystem fs = testing::BasisSite();
  Append(fs, kPractice, "\n## De vier stappen\n\nPlan, do, study, act.\n");
  Append(fs, kNetwork,
         "\n## Werkwijze\n\nZie [de stappen](../praktijken/pdsa.md#de-vier-stappen) en [boven](#werkwijze).\n");
  BuildResult build = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_FALSE(build.diags.HasErrors()) << testing::JoinLines(testing::Headlines(build.diags));
  const std::string& page = build.output.files["netwerken/buurtzorg-kring/index.html"];
  EXPECT_NE(page.find("href=\"../../praktijken/pdsa/index.html#de-vier-stappen\""), std::string::npos);
  EXPECT_NE(build.output.files["praktijken/pdsa/index.html"].find("<h2 id=\"de-vier-stappen\">"), std::string::npos);
}

TEST(AnchorTest, ReportsAPlaceThatThePageDoesNotHave) {
  MemoryFileSystem fs = testing::BasisSite();
  Append(fs, kPractice, "\n## De vier stappen\n\n## Valkuilen\n");
  Append(fs, kNetwork, "\nZie [stappen](../praktijken/pdsa.md#de-vier-stapen) en [weg](#nergens).\n");
  BuildResult check = RunCheck(fs, testing::TestBuildOptions());
  EXPECT_EQ(testing::HeadlinesAndTips(check.diags, &check.texts),
            (std::vector<std::string>{
                "content/netwerken/buurtzorg-kring.md:11:5: fout: link naar '../praktijken/pdsa.md#de-vier-stapen': "
                "de pagina heeft geen kop '#de-vier-stapen' (bedoel je 'de-vier-stappen'?)",
                "  tip: koppen op die pagina: de-vier-stappen, valkuilen",
                "content/netwerken/buurtzorg-kring.md:11:56: fout: link naar '#nergens': de pagina heeft geen kop "
                "'#nergens'",
                "  tip: deze pagina heeft geen koppen om naar te linken"}));
}

}  // namespace
}  // namespace leernet
