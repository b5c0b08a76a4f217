#include "config/site_config.h"

#include <algorithm>
#include <cstdlib>

#include "base/text.h"

namespace leernet {

namespace {

const std::vector<std::string> kKeys = {"title", "description", "language", "base_url", "raw_html", "menu",
                                        "home",  "search",      "map",      "finder",   "media"};
const std::vector<std::string> kLanguages = {"nl", "en"};

class ConfigReader {
 public:
  ConfigReader(const std::string &path, Diagnostics &diags) : path_(path), diags_(diags) {}

  SiteConfig Read(const Value &doc) {
    SiteConfig config;
    if (doc.IsNull()) return config;
    if (!doc.IsMap()) {
      diags_.Error(
          path_, doc.pos,
          Say("de site-instellingen moeten een groep instellingen zijn", "site settings must be a map of settings"),
          Say("zet elke instelling op een eigen regel als 'naam: waarde'",
              "put each setting on its own line as 'name: value'"));
      return config;
    }
    for (const MapEntry &e : doc.entries) {
      const Value &v = e.value;
      if (e.key == "title")
        config.title = Text(v);
      else if (e.key == "description")
        config.description = Text(v);
      else if (e.key == "language") {
        config.language = Text(v);
        if (std::find(kLanguages.begin(), kLanguages.end(), config.language) == kLanguages.end()) {
          diags_.Error(path_, v.pos,
                       Say("taal '{0}' wordt niet ondersteund (gebruik nl of en)",
                           "language '{0}' is not supported (use nl or en)", {config.language}));
        }
      } else if (e.key == "base_url") {
        config.base_url = Text(v);
        if (config.base_url.rfind("https://", 0) != 0 && config.base_url.rfind("http://", 0) != 0) {
          diags_.Error(
              path_, v.pos,
              Say("base_url moet beginnen met https:// of http://", "base_url must start with https:// or http://"));
        }
      } else if (e.key == "raw_html") {
        std::string flag = Text(v);
        if (flag != "true" && flag != "false")
          diags_.Error(path_, v.pos, Say("raw_html moet true of false zijn", "raw_html must be true or false"));
        config.raw_html = flag == "true";
      } else if (e.key == "menu") {
        config.menu = List(v);
        config.menu_pos = v.pos;
      } else if (e.key == "home") {
        config.home = List(v);
        config.home_pos = v.pos;
      } else if (e.key == "search") {
        ReadSearch(v, config.search);
      } else if (e.key == "map") {
        ReadMap(v, config.map);
        config.map_pos = v.pos;
      } else if (e.key == "finder") {
        ReadFinder(v, config.finder);
      } else if (e.key == "media") {
        ReadMedia(v, config.media);
      } else {
        diags_.Error(
            path_, e.key_pos,
            Say("onbekende instelling '{0}'", "unknown setting '{0}'", {e.key}) + DidYouMeanSuffix(e.key, kKeys),
            Say("mogelijke instellingen: {0}", "possible settings: {0}", {JoinNames(kKeys)}));
      }
    }
    return config;
  }

 private:
  void ReadSearch(const Value &v, SearchSettings &out) {
    if (!v.IsMap()) {
      diags_.Error(
          path_, v.pos, Say("'search' moet een groep velden zijn", "'search' must be a map"),
          Say("zet de zoekinstellingen ingesprongen onder 'search:'", "indent the search settings under 'search:'"));
      return;
    }
    const std::vector<std::string> keys = {"body_length", "budget_bytes", "fields", "compound_words", "shard_bytes"};
    for (const MapEntry &e : v.entries) {
      if (e.key == "body_length")
        out.body_length = Count(e.value);
      else if (e.key == "budget_bytes")
        out.budget_bytes = Count(e.value);
      else if (e.key == "shard_bytes")
        out.shard_bytes = Count(e.value);
      else if (e.key == "compound_words")
        out.compound_words = Text(e.value);
      else if (e.key == "fields")
        out.fields = SearchFields(e.value);
      else
        diags_.Error(path_, e.key_pos,
                     Say("onbekende zoekinstelling '{0}'", "unknown search setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, keys),
                     Say("mogelijke instellingen: {0}", "possible settings: {0}", {JoinNames(keys)}));
    }
  }

  // fields: {titel: {boost: 10, from: [titel]}, ...}, in index order.
  std::vector<SearchField> SearchFields(const Value &v) {
    std::vector<SearchField> out;
    if (!v.IsMap()) {
      diags_.Error(
          path_, v.pos,
          Say("'search.fields' moet een groep met namen van indexvelden zijn",
              "'search.fields' must be a map of index field names"),
          Say("bijvoorbeeld 'titel: {boost: 10, from: [titel]}'", "for example 'titel: {boost: 10, from: [titel]}'"));
      return out;
    }
    for (const MapEntry &e : v.entries) {
      SearchField field{e.key, 1, {}, e.key_pos};
      if (e.key.empty() || e.key.find('/') != std::string::npos) {
        diags_.Error(path_, e.key_pos,
                     Say("de naam van indexveld '{0}' mag niet leeg zijn en geen '/' bevatten",
                         "index field name '{0}' must be non-empty and without '/'", {e.key}));
      }
      if (!e.value.IsMap()) {
        diags_.Error(
            path_, e.value.pos,
            Say("indexveld '{0}' moet een groep velden met boost en from zijn",
                "index field '{0}' must be a map with boost and from", {e.key}),
            Say("bijvoorbeeld '{0}: {boost: 1, from: [{0}]}'", "for example '{0}: {boost: 1, from: [{0}]}'", {e.key}));
        continue;
      }
      for (const MapEntry &f : e.value.entries) {
        if (f.key == "boost") {
          std::string text = Text(f.value);
          char *end = nullptr;
          field.boost = std::strtod(text.c_str(), &end);
          if (text.empty() || *end != '\0' || !(field.boost > 0)) {
            diags_.Error(path_, f.value.pos,
                         Say("boost moet een getal boven 0 zijn, gevonden: '{0}'",
                             "boost must be a number above 0, found '{0}'", {text}));
          }
        } else if (f.key == "from") {
          field.from = List(f.value);
        } else {
          diags_.Error(
              path_, f.key_pos,
              Say("onbekende instelling '{0}' voor een indexveld", "unknown index field setting '{0}'", {f.key}) +
                  DidYouMeanSuffix(f.key, {"boost", "from"}),
              Say("mogelijke instellingen: boost, from", "possible settings: boost, from"));
        }
      }
      if (field.from.empty())
        diags_.Error(path_, e.key_pos,
                     Say("indexveld '{0}' heeft 'from' nodig", "index field '{0}' needs 'from'", {e.key}),
                     Say("noem in 'from' de velden waaruit de tekst komt, bijvoorbeeld 'from: [titel]'",
                         "name in 'from' the fields its text comes from, for example 'from: [titel]'"));
      out.push_back(std::move(field));
    }
    return out;
  }

  void ReadMap(const Value &v, MapSettings &out) {
    if (!v.IsMap()) {
      diags_.Error(
          path_, v.pos, Say("'map' moet een groep velden zijn", "'map' must be a map"),
          Say("zet de instellingen van de kaart ingesprongen onder 'map:'", "indent the map settings under 'map:'"));
      return;
    }
    for (const MapEntry &e : v.entries) {
      if (e.key == "kind")
        out.kind = Text(e.value);
      else if (e.key == "rows")
        out.rows = Text(e.value);
      else if (e.key == "columns")
        out.columns = Text(e.value);
      else if (e.key == "color")
        out.color = Text(e.value);
      else if (e.key == "muted") {
        out.muted = List(e.value);
        out.muted_pos = e.value.pos;
      } else
        diags_.Error(path_, e.key_pos,
                     Say("onbekende instelling '{0}' voor de kaart", "unknown map setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, {"kind", "rows", "columns", "color", "muted"}),
                     Say("mogelijke instellingen: kind, rows, columns, color, muted",
                         "possible settings: kind, rows, columns, color, muted"));
    }
  }

  void ReadFinder(const Value &v, FinderSettings &out) {
    out.pos = v.pos;
    if (!v.IsMap()) {
      diags_.Error(
          path_, v.pos, Say("'finder' moet een groep velden zijn", "'finder' must be a map"),
          Say("zet de finder-instellingen ingesprongen onder 'finder:'", "indent the finder settings under 'finder:'"));
      return;
    }
    auto fields = [&](const Value &list, FieldList &to) {
      to.names = List(list);
      to.pos = list.pos;
      for (const Value &item : list.items) to.name_pos.push_back(item.pos);
    };
    for (const MapEntry &e : v.entries) {
      if (e.key == "kind") {
        out.kind = Text(e.value);
        out.pos = e.value.pos;
      } else if (e.key == "filters")
        fields(e.value, out.filters);
      else if (e.key == "facts")
        fields(e.value, out.facts);
      else if (e.key == "contact")
        fields(e.value, out.contact);
      else if (e.key == "compare")
        fields(e.value, out.compare);
      else if (e.key == "group")
        ReadFinderGroup(e.value, out);
      else
        diags_.Error(path_, e.key_pos,
                     Say("onbekende finder-instelling '{0}'", "unknown finder setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, {"kind", "filters", "facts", "contact", "compare", "group"}),
                     Say("mogelijke instellingen: kind, filters, facts, contact, compare, group",
                         "possible settings: kind, filters, facts, contact, compare, group"));
    }
    if (out.kind.empty())
      diags_.Error(path_, v.pos, Say("finder: 'kind' ontbreekt", "finder: 'kind' is missing"),
                   Say("noem met 'kind' de soort die de finder toont", "name with 'kind' the kind the finder shows"));
  }

  void ReadFinderGroup(const Value &v, FinderSettings &out) {
    out.group_pos = v.pos;
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos,
                   Say("'finder.group' moet een groep velden met field, value en label zijn",
                       "'finder.group' must be a map with field, value and label"));
      return;
    }
    for (const MapEntry &e : v.entries) {
      if (e.key == "field")
        out.group_field = Text(e.value);
      else if (e.key == "value")
        out.group_value = Text(e.value);
      else if (e.key == "label")
        out.group_label = Text(e.value);
      else
        diags_.Error(path_, e.key_pos,
                     Say("onbekende finder.group-instelling '{0}'", "unknown finder.group setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, {"field", "value", "label"}),
                     Say("mogelijke instellingen: field, value, label", "possible settings: field, value, label"));
    }
    if (out.group_field.empty() || out.group_value.empty() || out.group_label.empty())
      diags_.Error(path_, v.pos,
                   Say("finder.group heeft field, value en label nodig", "finder.group needs field, value and label"));
  }

  void ReadMedia(const Value &v, MediaSettings &out) {
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, Say("'media' moet een groep velden zijn", "'media' must be a group of fields"),
                   Say("zet de instellingen ingesprongen onder 'media:'", "indent the settings under 'media:'"));
      return;
    }
    const std::vector<std::string> keys = {"image_warn_kb", "attachment_warn_kb"};
    for (const MapEntry &e : v.entries) {
      if (e.key == "image_warn_kb")
        out.image_warn_kb = Count(e.value);
      else if (e.key == "attachment_warn_kb")
        out.attachment_warn_kb = Count(e.value);
      else
        diags_.Error(path_, e.key_pos,
                     Say("onbekende media-instelling '{0}'", "unknown media setting '{0}'", {e.key}) +
                         DidYouMeanSuffix(e.key, keys),
                     Say("mogelijke instellingen: {0}", "possible settings: {0}", {JoinNames(keys)}));
    }
  }

  size_t Count(const Value &v) {
    std::string text = Text(v);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 12) {
      diags_.Error(path_, v.pos,
                   Say("geheel getal verwacht, gevonden: '{0}'", "expected a whole number, found '{0}'", {text}),
                   Say("schrijf alleen cijfers, bijvoorbeeld 3", "write digits only, for example 3"));
      return 0;
    }
    return std::stoull(text);
  }

  std::vector<std::string> List(const Value &v) {
    std::vector<std::string> out;
    if (!v.IsList()) {
      const Message found = DescribeType(v);
      diags_.Error(path_, v.pos,
                   Message{"lijst verwacht, maar " + found.nl + " gevonden", "expected a list, found " + found.en},
                   Say("schrijf een lijst als [a, b] of met een '- ' per regel",
                       "write a list as [a, b] or with a '- ' on each line"));
      return out;
    }
    for (const Value &item : v.items) out.push_back(Text(item));
    return out;
  }

  std::string Text(const Value &v) {
    if (!v.IsScalar()) {
      const Message found = DescribeType(v);
      diags_.Error(
          path_, v.pos, Message{"tekst verwacht, maar " + found.nl + " gevonden", "expected text, found " + found.en},
          Say("schrijf de waarde op dezelfde regel als de naam", "write the value on the same line as the name"));
      return "";
    }
    return v.scalar;
  }

  const std::string &path_;
  Diagnostics &diags_;
};

}  // namespace

SiteConfig ParseSiteConfig(const Value &doc, const std::string &path, Diagnostics &diags) {
  return ConfigReader(path, diags).Read(doc);
}

}  // namespace leernet
