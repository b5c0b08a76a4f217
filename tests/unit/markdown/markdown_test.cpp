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
  options.media_of_file = [](const std::string& rel) -> std::optional<std::string> {
    if (rel == "media/logo.png" || rel == "netwerken/werkblad.pdf") return "bestanden/" + rel;
    return std::nullopt;
  };
  options.reserved_ids = {"inhoud"};
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

TEST(MarkdownTest, ReportsRelativeTargetsThatAreNoEntryOrFile) {
  Diagnostics diags;
  Render(
      "Zie [pdsa](../praktijken/pdsa) en [pdf](bijlage.pdf).\n\n![foto](foto.jpg)\n\n"
      "[ok](../praktijken/pdsa.md) [anker](#boven) [web](https://www.nivel.nl/) ![web](https://example.org/a.png)",
      diags);
  EXPECT_EQ(testing::HeadlinesAndTips(diags),
            (std::vector<std::string>{
                "c/netwerken/a.md:5:5: fout: link naar '../praktijken/pdsa' wijst niet naar een item of bestand",
                "  tip: link naar het bestand van het item: '../praktijken/pdsa.md'",
                "c/netwerken/a.md:5:35: fout: bestand 'bijlage.pdf' staat niet in de map content",
                "  tip: zet het bestand naast dit bestand of in media/ en controleer de naam; de link is relatief aan "
                "dit bestand",
                "c/netwerken/a.md:7:1: fout: afbeelding 'foto.jpg' staat niet in de map content",
                "  tip: zet de afbeelding naast dit bestand of in media/ en controleer de naam; de link is relatief "
                "aan dit bestand"}));
}

TEST(MarkdownTest, LinksImagesAndAttachmentsToTheirCopies) {
  Diagnostics diags;
  RenderedMarkdown out = Render(
      "![Logo van het netwerk](../media/logo.png) [werkblad](werkblad.pdf#page=2)\n\n"
      "![](../media/logo.png)",
      diags);
  EXPECT_NE(out.html.find("<img src=\"../../bestanden/media/logo.png\" alt=\"Logo van het netwerk\""),
            std::string::npos)
      << out.html;
  EXPECT_NE(out.html.find("href=\"../../bestanden/netwerken/werkblad.pdf#page=2\""), std::string::npos) << out.html;
  EXPECT_EQ(testing::Headlines(diags),
            (std::vector<std::string>{
                "c/netwerken/a.md:7:1: waarschuwing: afbeelding '../media/logo.png' heeft geen beschrijving"}));
}

TEST(MarkdownTest, GivesHeadingsIdsAndKeepsLinksToPlacesOnPages) {
  Diagnostics diags;
  RenderedMarkdown out = Render(
      "## Wat is het\n\n## Wat is het\n\n## Inhoud\n\n### Één *café* `code`\n\n"
      "[stappen](../praktijken/pdsa.md#stappen) [hier](#wat-is-het-2)",
      diags);
  EXPECT_FALSE(diags.HasErrors());
  EXPECT_EQ(out.anchors, (std::vector<std::string>{"wat-is-het", "wat-is-het-2", "inhoud-2", "een-cafe-code"}));
  EXPECT_NE(out.html.find("<h2 id=\"wat-is-het\">Wat is het</h2>"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<h3 id=\"een-cafe-code\">Één <em>café</em> <code>code</code></h3>"), std::string::npos)
      << out.html;
  EXPECT_EQ(out.plain_text.find('\x02'), std::string::npos) << "no marker in the search text";
  EXPECT_EQ(out.html.find('\x02'), std::string::npos);
  ASSERT_EQ(out.anchor_links.size(), 2u);
  EXPECT_EQ(out.anchor_links[0].target, "praktijken/pdsa.md");
  EXPECT_EQ(out.anchor_links[0].fragment, "stappen");
  EXPECT_EQ(out.anchor_links[1].target, "netwerken/a.md");
  EXPECT_EQ(out.anchor_links[1].fragment, "wat-is-het-2");
  EXPECT_EQ(out.anchor_links[1].pos.line, 13);
}

TEST(MarkdownTest, HeadingIdsAreTypeableSlugs) {
  EXPECT_EQ(HeadingId("Hoe pak je het aan (redactioneel advies)"), "hoe-pak-je-het-aan-redactioneel-advies");
  EXPECT_EQ(HeadingId("  Ïdeeën -- voor  de GGZ!  "), "ideeen-voor-de-ggz");
  EXPECT_EQ(HeadingId("???"), "kop");
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
