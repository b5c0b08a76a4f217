// Every list page of the bundled knowledge base: a filter column and filter.js only where the
// kind has facet values to filter on, never an empty filter column.
#include <gtest/gtest.h>

#include <string>

#include "support/test_site.h"

namespace leernet {
namespace {

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(ListPagesTest, FilterColumnOnlyWhereThereIsSomethingToFilter) {
  MemoryFileSystem fs(testing::SiteFiles(testing::SourcePath("content")));
  BuildResult result = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  size_t with = 0, without = 0;
  for (const auto& [path, page] : result.output.files) {
    if (page.find("<body class=\"page-kind ") == std::string::npos) continue;
    SCOPED_TRACE(path);
    const size_t boxes = Count(page, "type=\"checkbox\"");
    const bool column = page.find("class=\"with-filters\"") != std::string::npos;
    const bool script = page.find("assets/filter.js") != std::string::npos;
    const bool form = page.find("data-filter-form") != std::string::npos;
    EXPECT_EQ(column, boxes > 0) << boxes << " checkboxes";
    EXPECT_EQ(script, boxes > 0);
    EXPECT_EQ(form, boxes > 0);
    // Every facet shown has values: no fieldset without checkboxes.
    EXPECT_LE(Count(page, "<fieldset class=\"facet\">"), boxes);
    (boxes > 0 ? with : without)++;
  }
  // The bundled content has both: networks to filter, and kinds without facets.
  EXPECT_GT(with, 0u);
  EXPECT_GT(without, 0u);
  EXPECT_GE(with + without, 10u) << with << " with, " << without << " without";
}

}  // namespace
}  // namespace leernet
