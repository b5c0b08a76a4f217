#include "export/json_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "unit/export/export_fixtures.h"

namespace leernet {
namespace {

using nlohmann::json;
using testing::BasisModel;

const json* FindEntry(const json& doc, const std::string& kind, const std::string& slug) {
  for (const json& e : doc["entries"]) {
    if (e["kind"] == kind && e["slug"] == slug) return &e;
  }
  return nullptr;
}

json Parse(const std::string& text) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(doc.is_discarded()) << text;
  return doc;
}

TEST(JsonExportTest, HasEveryEntryWithTypedFields) {
  auto site = BasisModel();
  ASSERT_FALSE(site->diags.HasErrors());
  json doc = Parse(KennisbankJson(site->model, {{"netwerken/veilig-samen.md", "2024-02-03"}}));
  EXPECT_EQ(doc["entries"].size(), site->model.entries.size());
  EXPECT_EQ(doc["site"]["title"], "Testkennisbank");
  const json* e = FindEntry(doc, "netwerk", "veilig-samen");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ((*e)["url"], "netwerken/veilig-samen/index.html");
  EXPECT_EQ((*e)["title"], "Veilig Samen");
  EXPECT_EQ((*e)["updated"], "2024-02-03");
  const json& f = (*e)["fields"];
  EXPECT_TRUE(f["start"].is_number_integer());
  EXPECT_EQ(f["start"], 2021);
  EXPECT_EQ(f["leden"], 40);
  EXPECT_EQ(f["reikwijdte"], "regionaal");
  EXPECT_EQ(f["website"], "https://example.org/veilig-samen");
  EXPECT_EQ(f["omvang"], json({{"organisaties", 7}, {"tekst", "zeven ziekenhuizen"}}));
  EXPECT_NE((*e)["body"].get<std::string>().find("## Aanpak"), std::string::npos);
  EXPECT_FALSE(FindEntry(doc, "netwerk", "buurtzorg-kring")->contains("updated"));
}

TEST(JsonExportTest, ResolvesReferences) {
  auto site = BasisModel();
  json doc = Parse(KennisbankJson(site->model, {}));
  const json& e = *FindEntry(doc, "netwerk", "veilig-samen");
  json pdsa = {{"kind", "praktijk"}, {"slug", "pdsa"}, {"title", "PDSA-cyclus"}, {"url", "praktijken/pdsa/index.html"}};
  ASSERT_EQ(e["fields"]["aanpak"].size(), 2u);
  EXPECT_EQ(e["fields"]["aanpak"][1], pdsa);
  EXPECT_EQ(e["fields"]["types"][0]["title"], "Themanetwerk");
  bool found = false;
  for (const json& group : e["refs"]) {
    if (group["field"] == "aanpak") {
      EXPECT_EQ(group["entries"][1], pdsa);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(JsonExportTest, ListsBackReferences) {
  auto site = BasisModel();
  json doc = Parse(KennisbankJson(site->model, {}));
  const json& type = *FindEntry(doc, "netwerktype", "themanetwerk");
  ASSERT_EQ(type["backrefs"].size(), 1u);
  const json& group = type["backrefs"][0];
  EXPECT_EQ(group["field"], "types");
  EXPECT_EQ(group["kind"], "netwerk");
  EXPECT_EQ(group["label"], "Netwerken van dit type");
  std::vector<std::string> slugs;
  for (const json& r : group["entries"]) slugs.push_back(r["slug"]);
  EXPECT_EQ(slugs, (std::vector<std::string>{"buurtzorg-kring", "landelijk-leren", "veilig-samen"}));
  EXPECT_TRUE(FindEntry(doc, "netwerk", "veilig-samen")->at("backrefs").empty());
}

TEST(JsonExportTest, KeepsBoolsAndDatesTypedAndOutputStable) {
  auto site = BasisModel({{"netwerken/extra.md",
                           "---\ntitel: Extra\nsamenvatting: s\ntypes: [intervisie]\nreikwijdte: lokaal\n"
                           "actief: false\nopgericht: 2020-02-29\nleden: 007\n---\n"}});
  ASSERT_FALSE(site->diags.HasErrors());
  std::string text = KennisbankJson(site->model, {});
  json doc = Parse(text);
  const json& f = (*FindEntry(doc, "netwerk", "extra"))["fields"];
  EXPECT_EQ(f["actief"], false);
  EXPECT_EQ(f["opgericht"], "2020-02-29");
  EXPECT_EQ(f["leden"], 7);
  EXPECT_EQ(KennisbankJson(site->model, {}), text);
  // Written on several threads, a batch of entries at a time, the text is the same.
  EXPECT_EQ(KennisbankJson(site->model, {}, 3), text);
  // Fields in schema order, not alphabetical.
  EXPECT_LT(text.find("\"reikwijdte\""), text.find("\"actief\""));
}

// More entries than one batch of the parallel writer: the batches join in entry order, with one
// comma between any two entries.
TEST(JsonExportTest, ManyEntriesOnSeveralThreadsGiveTheSameText) {
  std::map<std::string, std::string> extra;
  for (int i = 0; i < 1100; ++i) {
    std::string n = std::to_string(10000 + i);
    extra["netwerken/n-" + n + ".md"] = "---\ntitel: Netwerk " + n +
                                        "\nsamenvatting: s\ntypes: [intervisie]\nreikwijdte: lokaal\n---\nTekst " + n +
                                        ".\n";
  }
  auto site = BasisModel(extra);
  ASSERT_FALSE(site->diags.HasErrors());
  std::string one = KennisbankJson(site->model, {});
  json doc = Parse(one);
  EXPECT_EQ(doc["entries"].size(), site->model.entries.size());
  ASSERT_GT(site->model.entries.size(), 1100u);
  for (size_t i = 0; i < site->model.entries.size(); ++i) {
    EXPECT_EQ(doc["entries"][i]["slug"], site->model.entries[i].slug) << i;
  }
  EXPECT_EQ(KennisbankJson(site->model, {}, 2), one);
  EXPECT_EQ(KennisbankJson(site->model, {}, 7), one);
}

}  // namespace
}  // namespace leernet
