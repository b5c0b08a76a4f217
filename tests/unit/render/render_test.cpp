#include <gtest/gtest.h>

#include "render/mustache_engine.h"
#include "support/test_site.h"

namespace leernet {
namespace {

TEST(MustacheEngineTest, EscapesTextAndRendersPartialsAndLists) {
  std::map<std::string, std::string> partials = {{"kop", "<h1>{{title}}</h1>"}};
  CompiledTemplate tmpl("{{> kop}}{{#items}}<li>{{.}}</li>{{/items}}{{{raw}}}", &partials);
  ASSERT_TRUE(tmpl.valid()) << tmpl.error();
  TemplateValue data;
  data.Set("title", "A & <b>");
  data.Set("items", TemplateValue::List().Push("x\"y").Push("z"));
  data.Set("raw", "<p>ok</p>");
  std::string error;
  EXPECT_EQ(tmpl.Render(data, &error), "<h1>A &amp; &lt;b&gt;</h1><li>x&quot;y</li><li>z</li><p>ok</p>");
  EXPECT_TRUE(error.empty());
}

TEST(MustacheEngineTest, ReportsInvalidTemplates) {
  CompiledTemplate tmpl("{{#open}}never closed", nullptr);
  EXPECT_FALSE(tmpl.valid());
  EXPECT_NE(tmpl.error().find("open"), std::string::npos);
}

TEST(ThemeTest, SiteThemeOverridesSingleTemplates) {
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  files["eigen/templates/404.html"] = "<!doctype html><title>eigen</title><p>{{site.title}} mist deze pagina</p>";
  MemoryFileSystem fs(files);
  BuildOptions options = testing::TestBuildOptions();
  options.theme_override = "eigen";
  BuildResult result = RunBuild(fs, options);
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  EXPECT_EQ(result.output.files["404.html"],
            "<!doctype html><title>eigen</title><p>Testkennisbank mist deze pagina</p>");
  EXPECT_NE(result.output.files["index.html"].find("Testkennisbank"), std::string::npos);
}

TEST(ThemeTest, ReportsBrokenTemplateByName) {
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  files["theme/templates/kind.html"] = "{{#items}}";
  MemoryFileSystem fs(files);
  BuildResult result = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_TRUE(result.diags.HasErrors());
  EXPECT_EQ(testing::Headlines(result.diags)[0].rfind("templates/kind.html: fout: ongeldig sjabloon", 0), 0u);
  EXPECT_EQ(result.diags.Sorted()[0].message.en.rfind("invalid template: ", 0), 0u);
  EXPECT_TRUE(result.output.files.empty() || result.diags.HasErrors());
}

}  // namespace
}  // namespace leernet
