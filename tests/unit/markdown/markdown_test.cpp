#include "markdown/markdown.h"

#include <gtest/gtest.h>

#include "base/parallel.h"
#include "support/test_site.h"

namespace leernet {
namespace {

RenderedMarkdown Render(const std::string& text, Diagnostics& diags, bool raw = false) {
  PageOfFile pages = [](const std::string& rel) -> std::optional<std::string> {
    if (rel == "praktijken/pdsa.md") return "praktijken/pdsa/index.html";
    return std::nullopt;
  };
  MarkdownOptions options;
  options.root = "../../";
  options.allow_raw_html = raw;
  return RenderMarkdown({text, "c/netwerken/a.md", "netwerken/a.md", 5}, pages, options, diags);
}

TEST(MarkdownTest, RewritesLinksToEntryFilesKeepingTheFragment) {
  Diagnostics diags;
  RenderedMarkdown out = Render("Zie [PDSA](../praktijken/pdsa.md#stappen).", diags);
  EXPECT_FALSE(diags.HasErrors());
  EXPECT_NE(out.html.find("href=\"../../praktijken/pdsa/index.html#stappen\""), std::string::npos) << out.html;
  EXPECT_EQ(out.plain_text, "Zie PDSA.\n");
}

TEST(MarkdownTest, ReportsMissingEntryAtFileLine) {
  Diagnostics diags;
  Render("Eerst.\n\nZie [weg](../praktijken/weg.md).", diags);
  EXPECT_EQ(testing::Headlines(diags),
            std::vector<std::string>{
                "c/netwerken/a.md:7:5: fout: link naar '../praktijken/weg.md' past bij geen enkel item"});
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message.en, "link to '../praktijken/weg.md' does not match any entry");
}

TEST(MarkdownTest, RendersGfmExtensions) {
  Diagnostics diags;
  RenderedMarkdown out = Render("| a | b |\n| - | - |\n| 1 | 2 |\n\n~~weg~~ www.nivel.nl\n\n- [x] klaar\n", diags);
  EXPECT_NE(out.html.find("<table>"), std::string::npos);
  EXPECT_NE(out.html.find("<del>weg</del>"), std::string::npos);
  EXPECT_NE(out.html.find("href=\"http://www.nivel.nl\""), std::string::npos);
  EXPECT_NE(out.html.find("\u2611 klaar"), std::string::npos) << "task boxes become text, not unlabelled inputs";
  EXPECT_EQ(out.html.find("<input"), std::string::npos);
}

TEST(MarkdownTest, OmitsRawHtmlUnlessAllowedAndFiltersDangerousTags) {
  Diagnostics diags;
  RenderedMarkdown safe = Render("<script>alert(1)</script>\n\n<b>vet</b>", diags);
  EXPECT_EQ(safe.html.find("<script"), std::string::npos);
  EXPECT_EQ(safe.html.find("<b>"), std::string::npos);
  RenderedMarkdown raw = Render("<b>vet</b>\n\n<script>alert(1)</script>\n", diags, true);
  EXPECT_NE(raw.html.find("<b>vet</b>"), std::string::npos);
  EXPECT_EQ(raw.html.find("<script>"), std::string::npos) << "tagfilter escapes script even when raw HTML is on";
}

TEST(MarkdownTest, WarnsWhereRawHtmlIsLeftOut) {
  Diagnostics diags;
  Render("Tekst.\n\n<div>blok</div>\n\nMet <b>vet</b>.", diags);
  EXPECT_EQ(testing::HeadlinesAndTips(diags),
            (std::vector<std::string>{"c/netwerken/a.md:7:1: waarschuwing: HTML in de tekst wordt weggelaten",
                                      "  tip: schrijf het in Markdown, of zet 'raw_html: true' in site.yaml",
                                      "c/netwerken/a.md:9:5: waarschuwing: HTML in de tekst wordt weggelaten",
                                      "  tip: schrijf het in Markdown, of zet 'raw_html: true' in site.yaml",
                                      "c/netwerken/a.md:9:11: waarschuwing: HTML in de tekst wordt weggelaten",
                                      "  tip: schrijf het in Markdown, of zet 'raw_html: true' in site.yaml"}));
  Diagnostics allowed;
  Render("<div>blok</div>\n", allowed, true);
  EXPECT_TRUE(allowed.items().empty());
}

TEST(MarkdownTest, ReportsRelativeTargetsThatAreNoEntryFiles) {
  Diagnostics diags;
  Render(
      "Zie [pdsa](../praktijken/pdsa) en [pdf](bijlage.pdf).\n\n![foto](foto.jpg)\n\n"
      "[ok](../praktijken/pdsa.md) [anker](#boven) [web](https://www.nivel.nl/) ![web](https://example.org/a.png)",
      diags);
  EXPECT_EQ(testing::Headlines(diags),
            (std::vector<std::string>{
                "c/netwerken/a.md:5:5: fout: link naar '../praktijken/pdsa' wijst niet naar een item: de site bevat "
                "alleen pagina's van items",
                "c/netwerken/a.md:5:35: fout: link naar 'bijlage.pdf' wijst niet naar een item: de site bevat alleen "
                "pagina's van items",
                "c/netwerken/a.md:7:1: fout: afbeelding 'foto.jpg' komt niet mee in de site: afbeeldingen uit content "
                "worden niet gekopieerd"}));
}

TEST(MarkdownTest, RefusesScriptLinks) {
  Diagnostics diags;
  RenderedMarkdown out = Render("[x](javascript:alert(1)) ![y](data:image/svg+xml,<svg>)", diags);
  EXPECT_EQ(diags.ErrorCount(), 2);
  EXPECT_EQ(out.html.find("javascript:"), std::string::npos);
}

// cmark-gfm keeps extension characters in a global table; parsing on several threads at once
// used to drop '~~' now and then.
TEST(MarkdownTest, RendersExtensionsOnManyThreadsAtOnce) {
  std::vector<std::string> html(400);
  ParallelFor(html.size(), 4, [&](size_t i) {
    Diagnostics diags;
    html[i] = Render("~~weg~~ en www.nivel.nl, nummer " + std::to_string(i), diags).html;
  });
  for (size_t i = 0; i < html.size(); ++i) {
    ASSERT_NE(html[i].find("<del>weg</del>"), std::string::npos) << i << ": " << html[i];
    ASSERT_NE(html[i].find("href=\"http://www.nivel.nl\""), std::string::npos) << i;
  }
}

TEST(MarkdownTest, ResolvesRelativePaths) {
  EXPECT_EQ(ResolveRelative("netwerken/a.md", "../praktijken/b.md"), "praktijken/b.md");
  EXPECT_EQ(ResolveRelative("netwerken/a.md", "./b.md"), "netwerken/b.md");
  EXPECT_EQ(ResolveRelative("netwerken/a.md", "../../b.md"), std::nullopt);
}

}  // namespace
}  // namespace leernet
