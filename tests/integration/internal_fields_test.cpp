// Fields marked `intern` in the schema (editorial notes, ordering, search aliases) never
// reach a page: not in the facts table, and not in the raw `data` a template can reach
// either. A theme that asks for them by name gets nothing.
#include <gtest/gtest.h>

#include <string>

#include "support/test_site.h"

namespace leernet {
namespace {

constexpr char kListMarker[] = "MERKTEKEN-REDACTIE-7731";
constexpr char kObjectMarker[] = "MERKTEKEN-NOTITIE-7731";

void Replace(MemoryFileSystem& fs, const std::string& path, const std::string& from, const std::string& to) {
  std::string text = *fs.ReadFile(path).text;
  const size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " in " << path;
  text.replace(at, from.size(), to);
  fs.Write(path, text);
}

TEST(InternalFieldsTest, MarkerValuesOfInternFieldsAreOnNoPage) {
  MemoryFileSystem fs = testing::BasisSite();
  Replace(fs, "content/schema.yaml", "      website: {type: url, label: Website}\n",
          "      website: {type: url, label: Website}\n"
          "      redactie: {type: list, of: {type: string}, intern: true, label: Redactie}\n");
  Replace(fs, "content/schema.yaml", "          tekst: {type: string, label: Toelichting}\n",
          "          tekst: {type: string, label: Toelichting}\n"
          "          notitie: {type: string, intern: true, label: Notitie}\n");
  Replace(fs, "content/netwerken/veilig-samen.md", "omvang: {organisaties: 7, tekst: zeven ziekenhuizen}\n",
          std::string("omvang: {organisaties: 7, tekst: zeven ziekenhuizen, notitie: ") + kObjectMarker +
              "}\nredactie: [" + kListMarker + "]\n");
  // A theme that names the internal fields in its entry template.
  Replace(fs, "theme/templates/entry.html", "{{> footer}}",
          "<p id=\"probe\">{{#data.redactie}}{{.}}{{/data.redactie}}|{{data.omvang.notitie}}|"
          "{{data.omvang.tekst}}</p>{{> footer}}");

  BuildResult result = RunBuild(fs, testing::TestBuildOptions());
  ASSERT_FALSE(result.diags.HasErrors()) << testing::JoinLines(testing::Headlines(result.diags));
  const std::string& page = result.output.files.at("netwerken/veilig-samen/index.html");
  // The probe renders, with the public sub-field, so the template really did ask.
  EXPECT_NE(page.find("<p id=\"probe\">||zeven ziekenhuizen</p>"), std::string::npos);
  size_t pages = 0;
  for (const auto& [path, text] : result.output.files) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    ++pages;
    EXPECT_EQ(text.find(kListMarker), std::string::npos) << path;
    EXPECT_EQ(text.find(kObjectMarker), std::string::npos) << path;
  }
  EXPECT_GT(pages, 10u);
}

}  // namespace
}  // namespace leernet
