#include "map/map_stage.h"

#include <algorithm>

#include "map/overview_map.h"

namespace leernet {

namespace {

// The axis of a ref field: every entry of the referenced kind, in list order.
std::vector<map::Axis> AxisOf(const SiteModel& model, const FieldSpec& spec) {
  std::vector<map::Axis> out;
  const FieldSpec& leaf = spec.Leaf();
  if (leaf.type == FieldType::kRef) {
    for (size_t i : model.EntriesOfKind(leaf.ref_kind)) out.push_back({model.entries[i].slug, model.entries[i].title});
  } else {
    for (const std::string& v : leaf.values) out.push_back({v, v});
  }
  return out;
}

const FieldSpec* AxisField(const KindSpec& kind, const std::string& name, const std::string& config_path,
                           const SiteConfig& config, Diagnostics& diags) {
  const FieldSpec* spec = kind.FindField(name);
  if (!spec) {
    diags.Error(
        config_path, config.map_pos,
        Say("map: soort {0} heeft geen veld '{1}'", "map: kind {0} has no field '{1}'", {kind.name, name}) +
            DidYouMeanSuffix(name, kind.FieldNames()),
        Say("kies een veld van soort {0} in site.yaml", "choose a field of kind {0} in site.yaml", {kind.name}));
    return nullptr;
  }
  FieldType leaf = spec->Leaf().type;
  if (leaf != FieldType::kRef && leaf != FieldType::kEnum) {
    diags.Error(config_path, config.map_pos,
                Say("map: veld '{0}' moet een ref of een enum zijn (of een lijst daarvan)",
                    "map: field '{0}' must be a ref or an enum (or a list of them)", {name}),
                Say("kies voor de kaart een veld met vaste waarden of verwijzingen",
                    "choose a field with fixed values or references for the map"));
    return nullptr;
  }
  return spec;
}

}  // namespace

MapPageData BuildMapData(const SiteModel& model, const std::string& config_path, Diagnostics& diags) {
  MapPageData out;
  const SiteConfig& config = *model.config;
  if (config.map.kind.empty()) return out;
  const KindSpec* kind = model.schema->FindKind(config.map.kind);
  if (!kind) {
    diags.Error(config_path, config.map_pos,
                Say("map: onbekende soort '{0}'", "map: unknown kind '{0}'", {config.map.kind}) +
                    DidYouMeanSuffix(config.map.kind, model.schema->KindNames()),
                Say("kies in map.kind een soort uit schema.yaml", "choose a kind from schema.yaml in map.kind"));
    return out;
  }
  const FieldSpec* rows = AxisField(*kind, config.map.rows, config_path, config, diags);
  const FieldSpec* columns = AxisField(*kind, config.map.columns, config_path, config, diags);
  const FieldSpec* color =
      config.map.color.empty() ? nullptr : AxisField(*kind, config.map.color, config_path, config, diags);
  if (!rows || !columns || (!config.map.color.empty() && !color)) return out;

  map::MapInput input;
  input.title = kind->plural + " per " + rows->label + " en " + columns->label;
  input.description = "Elk " + kind->label + " staat in de rij van zijn " + rows->label + " en de kolom van zijn " +
                      columns->label + "; de kleur geeft " + (color ? color->label : "") + " aan.";
  input.rows_label = rows->label;
  input.columns_label = columns->label;
  input.color_label = color ? color->label : "";
  input.rows = AxisOf(model, *rows);
  input.columns = AxisOf(model, *columns);
  for (const std::string& key : config.map.muted) {
    auto column =
        std::find_if(input.columns.begin(), input.columns.end(), [&](const map::Axis& a) { return a.key == key; });
    if (column == input.columns.end()) {
      std::vector<std::string> keys;
      for (const map::Axis& a : input.columns) keys.push_back(a.key);
      diags.Error(config_path, config.map.muted_pos,
                  Say("map: gedimde kolom '{0}' is geen waarde van '{1}'",
                      "map: muted column '{0}' is not a value of '{1}'", {key, columns->name}) +
                      DidYouMeanSuffix(key, keys),
                  Say("kies in map.muted een kolom van de kaart", "choose a column of the map in map.muted"));
      continue;
    }
    column->muted = true;
  }
  if (color) input.colors = AxisOf(model, *color);
  input.list_href = model.KindUrl(kind->name);
  input.row_field = rows->name;
  input.column_field = columns->name;
  std::vector<size_t> members = model.EntriesOfKind(kind->name);
  for (size_t i : members) {
    map::MapNetwork network;
    network.title = model.entries[i].title;
    network.href = model.UrlOf(i);
    network.rows = model.ValuesOf(i, rows->name);
    std::vector<std::string> cols = model.ValuesOf(i, columns->name);
    network.column = cols.empty() ? "" : cols.front();
    if (color) {
      std::vector<std::string> colors = model.ValuesOf(i, color->name);
      network.color = colors.empty() ? "" : colors.front();
    }
    // Facets once per network in the page (map.html), not on every mark of both drawings.
    input.networks.push_back(std::move(network));
  }
  map::MapOutput page = map::RenderOverviewMap(input, "../");
  map::MapOutput home = map::RenderOverviewMap(input, "");
  out.enabled = true;
  out.kind = kind->name;
  out.svg = std::move(page.svg);
  out.narrow_svg = std::move(page.narrow_svg);
  out.thumbnail_svg = std::move(home.thumbnail_svg);
  for (const map::Axis& a : input.rows) out.row_labels.push_back(a.label);
  for (const map::Axis& a : input.columns) out.column_labels.push_back(a.label);
  for (const map::MapCell& cell : page.cells) {
    MapCellData data;
    for (size_t r = 0; r < input.rows.size(); ++r) {
      if (input.rows[r].key == cell.row) data.row = r;
    }
    for (size_t c = 0; c < input.columns.size(); ++c) {
      if (input.columns[c].key == cell.column) data.column = c;
    }
    for (size_t n : cell.networks) data.entries.push_back(members[n]);
    out.cells.push_back(std::move(data));
  }
  return out;
}

}  // namespace leernet
