#include "config/site_config.h"

#include <algorithm>
#include <cstdlib>

namespace leernet {

namespace {

const std::vector<std::string> kKeys = {"title", "description", "language", "base_url", "raw_html",
                                        "menu",  "home",        "search",   "map",      "finder"};
const std::vector<std::string> kLanguages = {"nl", "en"};

class ConfigReader {
 public:
  ConfigReader(const std::string &path, Diagnostics &diags) : path_(path), diags_(diags) {}

  SiteConfig Read(const Value &doc) {
    SiteConfig config;
    if (doc.IsNull()) return config;
    if (!doc.IsMap()) {
      diags_.Error(path_, doc.pos, "site settings must be a map of settings");
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
          diags_.Error(path_, v.pos, "language '" + config.language + "' is not supported (use nl or en)");
        }
      } else if (e.key == "base_url") {
        config.base_url = Text(v);
        if (config.base_url.rfind("https://", 0) != 0 && config.base_url.rfind("http://", 0) != 0) {
          diags_.Error(path_, v.pos, "base_url must start with https:// or http://");
        }
      } else if (e.key == "raw_html") {
        std::string flag = Text(v);
        if (flag != "true" && flag != "false") diags_.Error(path_, v.pos, "raw_html must be true or false");
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
      } else {
        diags_.Error(path_, e.key_pos, "unknown setting '" + e.key + "'" + DidYouMeanSuffix(e.key, kKeys));
      }
    }
    return config;
  }

 private:
  void ReadSearch(const Value &v, SearchSettings &out) {
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, "'search' must be a map");
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
        diags_.Error(path_, e.key_pos, "unknown search setting '" + e.key + "'" + DidYouMeanSuffix(e.key, keys));
    }
  }

  // fields: {titel: {boost: 10, from: [titel]}, ...}, in index order.
  std::vector<SearchField> SearchFields(const Value &v) {
    std::vector<SearchField> out;
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, "'search.fields' must be a map of index field names");
      return out;
    }
    for (const MapEntry &e : v.entries) {
      SearchField field{e.key, 1, {}, e.key_pos};
      if (e.key.empty() || e.key.find('/') != std::string::npos) {
        diags_.Error(path_, e.key_pos, "index field name '" + e.key + "' must be non-empty and without '/'");
      }
      if (!e.value.IsMap()) {
        diags_.Error(path_, e.value.pos, "index field '" + e.key + "' must be a map with boost and from");
        continue;
      }
      for (const MapEntry &f : e.value.entries) {
        if (f.key == "boost") {
          std::string text = Text(f.value);
          char *end = nullptr;
          field.boost = std::strtod(text.c_str(), &end);
          if (text.empty() || *end != '\0' || !(field.boost > 0)) {
            diags_.Error(path_, f.value.pos, "boost must be a number above 0, found '" + text + "'");
          }
        } else if (f.key == "from") {
          field.from = List(f.value);
        } else {
          diags_.Error(path_, f.key_pos,
                       "unknown index field setting '" + f.key + "'" + DidYouMeanSuffix(f.key, {"boost", "from"}));
        }
      }
      if (field.from.empty()) diags_.Error(path_, e.key_pos, "index field '" + e.key + "' needs 'from'");
      out.push_back(std::move(field));
    }
    return out;
  }

  void ReadMap(const Value &v, MapSettings &out) {
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, "'map' must be a map");
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
                     "unknown map setting '" + e.key + "'" +
                         DidYouMeanSuffix(e.key, {"kind", "rows", "columns", "color", "muted"}));
    }
  }

  void ReadFinder(const Value &v, FinderSettings &out) {
    out.pos = v.pos;
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, "'finder' must be a map");
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
                     "unknown finder setting '" + e.key + "'" +
                         DidYouMeanSuffix(e.key, {"kind", "filters", "facts", "contact", "compare", "group"}));
    }
    if (out.kind.empty()) diags_.Error(path_, v.pos, "finder: 'kind' is missing");
  }

  void ReadFinderGroup(const Value &v, FinderSettings &out) {
    out.group_pos = v.pos;
    if (!v.IsMap()) {
      diags_.Error(path_, v.pos, "'finder.group' must be a map with field, value and label");
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
        diags_.Error(
            path_, e.key_pos,
            "unknown finder.group setting '" + e.key + "'" + DidYouMeanSuffix(e.key, {"field", "value", "label"}));
    }
    if (out.group_field.empty() || out.group_value.empty() || out.group_label.empty())
      diags_.Error(path_, v.pos, "finder.group needs field, value and label");
  }

  size_t Count(const Value &v) {
    std::string text = Text(v);
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 12) {
      diags_.Error(path_, v.pos, "expected a whole number, found '" + text + "'");
      return 0;
    }
    return std::stoull(text);
  }

  std::vector<std::string> List(const Value &v) {
    std::vector<std::string> out;
    if (!v.IsList()) {
      diags_.Error(path_, v.pos, std::string("expected a list, found ") + DescribeType(v));
      return out;
    }
    for (const Value &item : v.items) out.push_back(Text(item));
    return out;
  }

  std::string Text(const Value &v) {
    if (!v.IsScalar()) {
      diags_.Error(path_, v.pos, std::string("expected text, found ") + DescribeType(v));
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
