#include <gtest/gtest.h>

#include <algorithm>

#include "export/csv_export.h"
#include "support/test_site.h"
#include "unit/export/export_fixtures.h"

namespace leernet {
namespace {

using testing::BasisModel;

// Parses RFC 4180 text back into rows, so that the tests check what a spreadsheet would read.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(cell);
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(CsvExportTest, QuotesOnlyWhatMustBeQuoted) {
  EXPECT_EQ(CsvField("plain text"), "plain text");
  EXPECT_EQ(CsvField("a, b"), "\"a, b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\r"), "\"cr\r\"");
}

TEST(CsvExportTest, StartsWithBomAndHasOneColumnPerField) {
  auto site = BasisModel();
  ASSERT_FALSE(site->diags.HasErrors());
  std::string csv = KindCsv(site->model, "netwerk");
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  auto rows = ParseCsv(csv.substr(3));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"slug", "url", "titel", "samenvatting", "aliassen", "types",
                                                "reikwijdte", "themas", "aanpak", "start", "opgericht", "actief",
                                                "leden", "website", "omvang.organisaties", "omvang.tekst"}));
  const auto& veilig = rows[3];
  ASSERT_EQ(veilig.size(), rows[0].size());
  EXPECT_EQ(veilig[0], "veilig-samen");
  EXPECT_EQ(veilig[1], "netwerken/veilig-samen/index.html");
  EXPECT_EQ(veilig[8], "casusbespreking; pdsa");
  EXPECT_EQ(veilig[14], "7");
  EXPECT_EQ(veilig[15], "zeven ziekenhuizen");
}

TEST(CsvExportTest, RoundTripsCommasQuotesAndNewlines) {
  auto site = BasisModel({{"netwerken/lastig.md",
                           "---\ntitel: 'Een, twee \"drie\"'\nsamenvatting: \"regel een\\nregel twee\"\n"
                           "types: [themanetwerk]\nreikwijdte: lokaal\naliassen: [a, 'b; c']\n---\n"}});
  ASSERT_FALSE(site->diags.HasErrors());
  auto rows = ParseCsv(KindCsv(site->model, "netwerk").substr(3));
  ASSERT_EQ(rows.size(), 5u);
  const auto& row = rows[3];  // buurtzorg-kring, landelijk-leren, lastig, veilig-samen
  ASSERT_EQ(row[0], "lastig");
  EXPECT_EQ(row[2], "Een, twee \"drie\"");
  EXPECT_EQ(row[3], "regel een\nregel twee");
  EXPECT_EQ(row[4], "a; b; c");
}

TEST(CsvExportTest, FlattensListsOfObjectsKeepingItemsAligned) {
  auto site = BasisModel({{"praktijken/werkblad.md",
                           "---\ntitel: W\nsamenvatting: s\ncategorie: leervorm\n"
                           "vragen:\n  - onderwerp: Doel\n    vraag: Wat wil je?\n  - vraag: Wie doet mee?\n---\n"}});
  ASSERT_FALSE(site->diags.HasErrors()) << testing::JoinLines(testing::Headlines(site->diags));
  auto rows = ParseCsv(KindCsv(site->model, "praktijk").substr(3));
  std::vector<std::string> header = rows[0];
  auto col = [&](const std::string& name) { return std::find(header.begin(), header.end(), name) - header.begin(); };
  const auto& row = rows.back();
  ASSERT_EQ(row[0], "werkblad");
  EXPECT_EQ(row[col("vragen.onderwerp")], "Doel; ");
  EXPECT_EQ(row[col("vragen.vraag")], "Wat wil je?; Wie doet mee?");
}

TEST(CsvExportTest, OneFilePerKindUnderExport) {
  auto site = BasisModel();
  auto files = KindCsvFiles(site->model);
  std::vector<std::string> names;
  for (const auto& [name, text] : files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"export/netwerken.csv", "export/praktijken.csv", "export/themas.csv",
                                             "export/typen.csv"}));
}

}  // namespace
}  // namespace leernet
