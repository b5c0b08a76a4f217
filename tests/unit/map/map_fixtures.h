// Inputs shared by the map tests: a small realistic one (pinned by the golden file) and
// a generated large one.
#ifndef LEERNET_TESTS_UNIT_MAP_MAP_FIXTURES_H_
#define LEERNET_TESTS_UNIT_MAP_MAP_FIXTURES_H_

#include <string>
#include <vector>

#include "map/overview_map.h"

namespace leernet::map::testing {

inline std::string FacetJson(const MapNetwork& n) {
  std::string rows;
  for (const std::string& r : n.rows) rows += (rows.empty() ? "\"" : ",\"") + r + "\"";
  std::string json = "{\"types\":[" + rows + "],\"dekking\":[\"" + n.column + "\"]";
  if (!n.color.empty()) json += ",\"themas\":[\"" + n.color + "\"]";
  return json + "}";
}

inline MapNetwork Network(std::string title, std::string slug, std::vector<std::string> rows, std::string column,
                          std::string color) {
  MapNetwork n{
      std::move(title), "netwerken/" + slug + "/index.html", std::move(rows), std::move(column), std::move(color), ""};
  n.facet_json = FacetJson(n);
  return n;
}

inline MapInput BaseInput() {
  MapInput input;
  input.title = "Kaart van leer- en verbeternetwerken";
  input.description = "Netwerken naar netwerktype (rijen) en reikwijdte (kolommen), gekleurd naar thema.";
  input.rows_label = "Netwerktype";
  input.columns_label = "Reikwijdte";
  input.color_label = "Thema";
  input.rows = {{"kennisnetwerk", "Kennisnetwerk"},
                {"lerend-netwerk", "Lerend netwerk"},
                {"verbeternetwerk", "Verbeternetwerk"},
                {"praktijknetwerk", "Praktijkgericht netwerk van zorgprofessionals"},
                {"beweging", "Beweging"},
                {"deelnemersnetwerk", "Deelnemersnetwerk"}};
  input.columns = {{"lokaal", "Lokaal"},
                   {"regionaal", "Regionaal"},
                   {"landelijk", "Landelijk"},
                   {"internationaal", "Internationaal"},
                   {"onbekend", "Onbekend"}};
  input.colors = {{"ouderenzorg", "Ouderenzorg"},
                  {"ggz", "GGZ"},
                  {"patientveiligheid", "Patiëntveiligheid"},
                  {"samen-beslissen", "Samen beslissen"},
                  {"preventie", "Preventie"},
                  {"arbeidsmarkt", "Arbeidsmarkt"},
                  {"digitale-zorg", "Digitale zorg"},
                  {"palliatieve-zorg", "Palliatieve zorg"},
                  {"leefstijl", "Leefstijl"},
                  {"onderzoek", "Onderzoek"}};
  input.list_href = "netwerken/index.html";
  input.row_field = "types";
  input.column_field = "dekking";
  return input;
}

inline MapInput FixedInput() {
  MapInput input = BaseInput();
  input.networks = {
      Network("Level", "level", {"lerend-netwerk"}, "landelijk", "samen-beslissen"),
      Network("Waardigheid en trots", "waardigheid-en-trots", {"kennisnetwerk"}, "landelijk", "ouderenzorg"),
      Network("Zorg voor Beter", "zorg-voor-beter", {"kennisnetwerk", "verbeternetwerk"}, "landelijk", "ouderenzorg"),
      Network("Netwerk Acute Zorg Noordwest", "naz-noordwest", {"verbeternetwerk"}, "regionaal", "patientveiligheid"),
      Network("Regionaal Samenwerkingsverband Palliatieve Zorg Zuid-Holland Noord", "palliatief-zhn",
              {"praktijknetwerk"}, "regionaal", "palliatieve-zorg"),
      Network("ParkinsonNet", "parkinsonnet", {"praktijknetwerk", "kennisnetwerk"}, "landelijk", "samen-beslissen"),
      Network("Buurtzorg Leerkring", "buurtzorg-leerkring", {"lerend-netwerk"}, "lokaal", "ouderenzorg"),
      Network("Sociaal Domein Leernetwerk", "sociaal-domein", {"lerend-netwerk"}, "lokaal", ""),
      Network("IHI Improvement Community", "ihi", {"verbeternetwerk"}, "internationaal", "patientveiligheid"),
      Network("Positieve Gezondheid", "positieve-gezondheid", {"beweging"}, "landelijk", "preventie"),
      Network("Dementievriendelijke gemeente", "dementievriendelijk", {"beweging"}, "lokaal", "ouderenzorg"),
      Network("Cliëntenraden Netwerk", "clientenraden", {"deelnemersnetwerk"}, "onbekend", "samen-beslissen"),
      Network("Zorgtechnologie Oost", "zorgtech-oost", {"lerend-netwerk"}, "regionaal", "digitale-zorg"),
      Network("Arbeidsmarktregio Lerend Werken", "arbeidsmarktregio", {"lerend-netwerk"}, "regionaal", "arbeidsmarkt"),
      Network("JOGG", "jogg", {"beweging"}, "landelijk", "leefstijl"),
  };
  // Ten more regional learning networks: one cell overflows into "+N meer".
  const char* const kTowns[] = {"Almere", "Breda",  "Delft", "Emmen",  "Gouda",
                                "Hoorn",  "Leiden", "Venlo", "Zwolle", "Assen"};
  for (size_t i = 0; i < 10; ++i) {
    const std::string town = kTowns[i];
    input.networks.push_back(Network("Leernetwerk Ouderenzorg " + town, "leernetwerk-" + std::string(1, char('a' + i)),
                                     {"lerend-netwerk"}, "regionaal", i % 3 == 0 ? "ggz" : "ouderenzorg"));
  }
  return input;
}

// Adds `count` networks to one cell, e.g. to make it hold more than a cell draws.
inline void Crowd(MapInput& input, const std::string& row, const std::string& column, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    input.networks.push_back(
        Network("Extra netwerk " + std::to_string(i), "extra-" + std::to_string(i), {row}, column, "ouderenzorg"));
  }
}

// `count` networks spread over all cells and colours, a third of them with two types.
inline MapInput LargeInput(size_t count) {
  MapInput input = BaseInput();
  for (size_t i = 0; i < count; ++i) {
    std::vector<std::string> rows = {input.rows[i % input.rows.size()].key};
    if (i % 3 == 0) rows.push_back(input.rows[(i / 7) % input.rows.size()].key);
    const std::string& column = input.columns[(i / 2) % input.columns.size()].key;
    const std::string color = i % 11 == 10 ? "" : input.colors[i % 10].key;
    input.networks.push_back(Network(std::string("Netwerk nummer ") + std::to_string(i),
                                     std::string("netwerk-") + std::to_string(i), rows, column, color));
  }
  return input;
}

}  // namespace leernet::map::testing

#endif  // LEERNET_TESTS_UNIT_MAP_MAP_FIXTURES_H_
