#include "search/analyze.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace leernet::search {
namespace {

using Terms = std::vector<std::string>;

Terms Nl(std::string_view text) { return AnalyzeTerms(Language::kDutch, text); }
Terms En(std::string_view text) { return AnalyzeTerms(Language::kEnglish, text); }

// Rows of the table "Non-ASCII Dutch text through both pipelines", measured
// with lunr 2.3.9 + lunr-languages 1.22.0.
TEST(SearchAnalyzeTest, DutchPipelineMatchesLunrNl) {
  EXPECT_EQ(Nl("cliënt"), Terms{"client"});
  EXPECT_EQ(Nl("geïnterviewd"), Terms{"geinterviewd"});
  EXPECT_EQ(Nl("patiëntveiligheid"), Terms{"patientveil"});
  EXPECT_EQ(Nl("één"), Terms{"een"});
  EXPECT_EQ(Nl("leer- en verbeternetwerken"), (Terms{"ler", "verbeternetwerk"}));
  EXPECT_EQ(Nl("‘Passende zorg’"), (Terms{"passend", "zorg"}));
  EXPECT_EQ(Nl("Cliënten en patiënten"), (Terms{"client", "patient"}));
  EXPECT_EQ(Nl("coördinatie / naïef / reëel"), (Terms{"coordinatie", "naief", "reeel"}));
  EXPECT_EQ(Nl("café’s"), Terms{"cafe’"});
  EXPECT_EQ(Nl("e-mail re-integratie 2023-2024"),
            (Terms{"e", "mail", "re", "integratie", "2023", "2024"}));
  EXPECT_EQ(Nl("zorg–welzijn"), Terms{"zorg–welzijn"});
  EXPECT_EQ(Nl("zorg — welzijn"), (Terms{"zorg", "welzijn"}));
  EXPECT_EQ(Nl("€ 500"), Terms{"500"});
  EXPECT_EQ(Nl("50% (haakjes) d.w.z."), (Terms{"50", "haakjes", "d.w.z"}));
  EXPECT_EQ(Nl("“Goede zorg”"), (Terms{"goed", "zorg"}));
  EXPECT_EQ(Nl("IJsselmeer Ĳsselmeer"), (Terms{"ijsselmer", "ĳsselmer"}));
  EXPECT_EQ(Nl("crème brûlée"), (Terms{"crèm", "brûlee"}));
  EXPECT_EQ(Nl("a\u00a0b"), (Terms{"a", "b"}));
  EXPECT_EQ(Nl("zorg\u00adverlener"), Terms{"zorg\u00adverlener"});
  EXPECT_EQ(Nl("ΟΔΟΣ"), Terms{});
}

TEST(SearchAnalyzeTest, EnglishPipelineMatchesLunr) {
  EXPECT_EQ(En("cliënt"), Terms{"cliënt"});
  EXPECT_EQ(En("één"), Terms{"n"});
  EXPECT_EQ(En("leer- en verbeternetwerken"), (Terms{"leer", "en", "verbeternetwerken"}));
  EXPECT_EQ(En("coördinatie / naïef / reëel"), (Terms{"coördinati", "", "naïef", "", "reëel"}));
  EXPECT_EQ(En("café’s"), Terms{"café’"});
  EXPECT_EQ(En("re-integratie"), (Terms{"re", "integrati"}));
  EXPECT_EQ(En("zorg — welzijn"), (Terms{"zorg", "", "welzijn"}));
  EXPECT_EQ(En("€ 500"), (Terms{"", "500"}));
  EXPECT_EQ(En("50% (haakjes) d.w.z."), (Terms{"50", "haakj", "d.w.z"}));
  EXPECT_EQ(En("IJsselmeer Ĳsselmeer"), (Terms{"ijsselm", "sselmeer"}));
  EXPECT_EQ(En("a\u00a0b"), Terms{"b"});
  EXPECT_EQ(En("zorg\u00adverlener"), Terms{"zorg\u00adverlen"});
  EXPECT_EQ(En("ΟΔΟΣ"), Terms{""});
}

TEST(SearchAnalyzeTest, KeepsDuplicatesInOrder) {
  EXPECT_EQ(Nl("zorg en zorg"), (Terms{"zorg", "zorg"}));
  EXPECT_EQ(En("The running runner runs"), (Terms{"run", "runner", "run"}));
}

TEST(SearchAnalyzeTest, AnalyzeLinesWritesOneLinePerInputLine) {
  std::istringstream in("Cliënten en patiënten\n\nde het\nzorg—welzijn");
  std::ostringstream out;
  AnalyzeLines(Language::kDutch, in, out);
  EXPECT_EQ(out.str(), "client patient\n\n\nzorg—welzijn\n");
}

}  // namespace
}  // namespace leernet::search
