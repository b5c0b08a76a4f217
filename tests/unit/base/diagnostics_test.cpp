#include "base/diagnostics.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace leernet {
namespace {

SourceLookup Always(const std::string& text) {
  return [&text](const std::string&) { return std::optional<std::string_view>(text); };
}

TEST(DiagnosticsTest, FormatsPathLineColumnExcerptAndCaretInEitherLanguage) {
  Diagnostic d{Severity::kError, "content/a.md", {2, 8}, Say("onbekend thema 'x'", "unknown thema 'x'"), {}};
  std::string text = "---\ntypes: [x]\n---\n";
  EXPECT_EQ(FormatDiagnostic(d, Always(text), Lang::kNl),
            "content/a.md:2:8: fout: onbekend thema 'x'\n  types: [x]\n         ^\n");
  EXPECT_EQ(FormatDiagnostic(d, Always(text), Lang::kEn),
            "content/a.md:2:8: error: unknown thema 'x'\n  types: [x]\n         ^\n");
}

TEST(DiagnosticsTest, CountsColumnsInCharactersAfterAccentedLetters) {
  // 'x' is byte 22 of the line but its 19th character: ë, é and é take two bytes each.
  std::string text = "titel: cliënt één x\n";
  Diagnostic d{Severity::kError, "content/a.md", {1, 22}, Verbatim("x"), {}};
  EXPECT_EQ(DisplayColumn(d, Always(text)), 19);
  std::string out = FormatDiagnostic(d, Always(text), Lang::kNl);
  EXPECT_EQ(out, "content/a.md:1:19: fout: x\n  titel: cliënt één x\n                    ^\n");
  // Without the text the byte column is all there is.
  EXPECT_EQ(DisplayColumn(d, nullptr), 22);
}

TEST(DiagnosticsTest, PrintsTheHintAfterTheExcerpt) {
  Diagnostic d{Severity::kWarning, "content/b.md", {}, Say("genegeerd", "ignored"), Say("haal het weg", "remove it")};
  EXPECT_EQ(FormatDiagnostic(d, nullptr, Lang::kNl), "content/b.md: waarschuwing: genegeerd\n  tip: haal het weg\n");
  EXPECT_EQ(FormatDiagnostic(d, nullptr, Lang::kEn), "content/b.md: warning: ignored\n  hint: remove it\n");
}

TEST(DiagnosticsTest, SortsByPathThenPosition) {
  Diagnostics diags;
  diags.Error("b.md", {1, 1}, Verbatim("third"));
  diags.Error("a.md", {9, 1}, Verbatim("second"));
  diags.Error("a.md", {2, 5}, Verbatim("first"));
  std::vector<Diagnostic> sorted = diags.Sorted();
  EXPECT_EQ(sorted[0].message.nl, "first");
  EXPECT_EQ(sorted[1].message.nl, "second");
  EXPECT_EQ(sorted[2].message.nl, "third");
  EXPECT_EQ(diags.ErrorCount(), 3);
}

TEST(DiagnosticsTest, SuggestsCloseNamesOnly) {
  Message close = DidYouMeanSuffix("themanetwerkk", {"intervisie", "themanetwerk"});
  EXPECT_EQ(close.nl, " (bedoel je 'themanetwerk'?)");
  EXPECT_EQ(close.en, " (did you mean 'themanetwerk'?)");
  EXPECT_TRUE(DidYouMeanSuffix("zzz", {"themanetwerk"}).empty());
}

TEST(MessageTest, FillsNumberedPlaceholdersInEachLanguagesOrder) {
  Message m = Say("veld '{1}' ontbreekt bij {0}", "missing field '{1}' for {0}", {"netwerk", "titel"});
  EXPECT_EQ(m.nl, "veld 'titel' ontbreekt bij netwerk");
  EXPECT_EQ(m.en, "missing field 'titel' for netwerk");
  EXPECT_EQ(Say("{a} {0}", "{a} {0}", {"x"}).nl, "{a} x");
  EXPECT_EQ(ParseLang("en"), Lang::kEn);
  EXPECT_FALSE(ParseLang("de"));
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
