#include "base/diagnostics.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace leernet {
namespace {

TEST(DiagnosticsTest, FormatsPathLineColumnExcerptAndCaret) {
  Diagnostic d{Severity::kError, "content/a.md", {2, 8}, "unknown thema 'x'"};
  std::string text = "---\ntypes: [x]\n---\n";
  std::string out = FormatDiagnostic(d, [&](const std::string&) { return std::optional<std::string_view>(text); });
  EXPECT_EQ(out, "content/a.md:2:8: error: unknown thema 'x'\n  types: [x]\n         ^\n");
}

TEST(DiagnosticsTest, OmitsUnknownPositionAndExcerpt) {
  Diagnostic d{Severity::kWarning, "content/b.md", {}, "ignored"};
  EXPECT_EQ(FormatDiagnostic(d, nullptr), "content/b.md: warning: ignored\n");
}

TEST(DiagnosticsTest, SortsByPathThenPosition) {
  Diagnostics diags;
  diags.Error("b.md", {1, 1}, "third");
  diags.Error("a.md", {9, 1}, "second");
  diags.Error("a.md", {2, 5}, "first");
  std::vector<Diagnostic> sorted = diags.Sorted();
  EXPECT_EQ(sorted[0].message, "first");
  EXPECT_EQ(sorted[1].message, "second");
  EXPECT_EQ(sorted[2].message, "third");
  EXPECT_EQ(diags.ErrorCount(), 3);
}

TEST(DiagnosticsTest, SuggestsCloseNamesOnly) {
  EXPECT_EQ(DidYouMeanSuffix("themanetwerkk", {"intervisie", "themanetwerk"}), " (did you mean 'themanetwerk'?)");
  EXPECT_EQ(DidYouMeanSuffix("zzz", {"themanetwerk"}), "");
}

TEST(TextTest, FindsFirstInvalidUtf8Byte) {
  EXPECT_FALSE(FindInvalidUtf8("cliënt één 😀"));
  std::optional<Position> bad = FindInvalidUtf8("ok\ncli\xebnt");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->line, 2);
  EXPECT_EQ(bad->column, 4);
  EXPECT_TRUE(FindInvalidUtf8("\xc0\xaf"));      // overlong
  EXPECT_TRUE(FindInvalidUtf8("\xed\xa0\x80"));  // surrogate
}

TEST(TextTest, ValidatesSlugs) {
  EXPECT_TRUE(IsValidSlug("pp01"));
  EXPECT_TRUE(IsValidSlug("samen-in-een"));
  for (const char* bad : {"", "-a", "a-", "a--b", "A", "a_b", "a.b", "..", "een/twee"}) {
    EXPECT_FALSE(IsValidSlug(bad)) << bad;
  }
}

TEST(TextTest, RefusesScriptUrls) {
  EXPECT_TRUE(IsSafeUrl("https://www.nivel.nl"));
  EXPECT_TRUE(IsSafeUrl("../praktijken/pdsa.md"));
  EXPECT_TRUE(IsSafeUrl("mailto:info@example.org"));
  EXPECT_FALSE(IsSafeUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeUrl("JaVa\tScript:alert(1)"));
  EXPECT_FALSE(IsSafeUrl("data:text/html,x"));
}

TEST(TextTest, TruncatesAtCharacterAndWordBoundary) {
  EXPECT_EQ(TruncateUtf8("één twee drie", 9), "één");
  EXPECT_EQ(TruncateUtf8("kort", 10), "kort");
  std::string cut = TruncateUtf8("ééééé", 3);
  EXPECT_FALSE(FindInvalidUtf8(cut));
}

TEST(TextTest, EscapesHtml) { EXPECT_EQ(EscapeHtml("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"); }

}  // namespace
}  // namespace leernet
