// Site settings from content/site.yaml: title, language, menu, search and map
// settings.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/value.h"

namespace leernet {

// One field of the search index and the schema fields whose text it gathers.
// "body" is the Markdown body; "*" is every indexed schema field (one with a
// boost) not named elsewhere.
struct SearchField {
  std::string name;
  double boost = 1;
  std::vector<std::string> from;
  Position pos;
};

struct SearchSettings {
  size_t body_length = 600;        // bytes of body text per entry that go into the index
  size_t budget_bytes = 10000000;  // warn when the index grows beyond this
  // Empty: one index field per schema field with a boost, plus "body".
  std::vector<SearchField> fields;
  // A word list (one word a line) that, with the site's own words, splits
  // compounds.
  std::string compound_words;
  // Above this many index bytes the index is split into one shard per kind.
  size_t shard_bytes = 3000000;
};

struct MapSettings {
  std::string kind;     // the kind drawn on the map, empty: no map
  std::string rows;     // field of that kind for the rows
  std::string columns;  // field for the columns
  std::string color;    // field for the colour
  // Column values that say little ("reach unknown"): drawn last and quiet.
  std::vector<std::string> muted;
  Position muted_pos;
};

// One setting that names schema fields, with where it was written, so a field the
// schema lacks is reported at its own place.
struct FieldList {
  std::vector<std::string> names;
  std::vector<Position> name_pos;  // parallel to names
  Position pos;
};

// "Vind een netwerk" and the compare view: one kind, searched by its facets.
struct FinderSettings {
  std::string kind;   // empty: no finder and no compare view
  FieldList filters;  // facet fields offered as filters
  FieldList facts;    // fields each card shows
  FieldList contact;  // fields that say how to take part or whom to contact
  FieldList compare;  // rows of the compare view
  // Entries whose `group_field` has `group_value` are listed after the others, as one
  // group that opens on request (such as anonymous participant networks).
  std::string group_field, group_value, group_label;
  Position pos;  // of the kind's name, else of the block
  Position group_pos;
};

// Sizes above which an image or attachment in content/ gives a warning.
struct MediaSettings {
  size_t image_warn_kb = 500;
  size_t attachment_warn_kb = 10 * 1024;
};

struct SiteConfig {
  std::string title = "leernet";
  std::string description;
  std::string language = "nl";
  std::string base_url;           // public address, only for the feed and the sitemap;
                                  // pages stay relative
  bool raw_html = false;          // pass raw HTML in Markdown through (still
                                  // tag-filtered); off by default
  std::vector<std::string> menu;  // kinds in the main navigation
  std::vector<std::string> home;  // kinds shown as blocks on the home page
  SearchSettings search;
  MapSettings map;
  FinderSettings finder;
  MediaSettings media;
  Position menu_pos, home_pos, map_pos;
};

SiteConfig ParseSiteConfig(const Value &doc, const std::string &path, Diagnostics &diags);

}  // namespace leernet
