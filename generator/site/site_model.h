// The site as a whole: entries with their rendered bodies, references resolved both ways,
// facets and URLs. Read-only once built; rendering, search and the map all read from it.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "config/site_config.h"
#include "markdown/markdown.h"
#include "schema/schema.h"
#include "validate/entry.h"

namespace leernet {

/// The entries that refer to one entry through one field of one kind.
struct BackrefGroup {
  std::string label;        // the field's backlabel, or "<plural> (<field label>)"
  std::string source_kind;
  std::string field;
  std::vector<size_t> entries;  // indexes into SiteModel::entries, in entry order
};

struct FacetValue {
  std::string value;  // slug or enum value
  std::string label;
  int count = 0;
};

struct Facet {
  std::string field;
  std::string label;
  std::vector<FacetValue> values;  // in the order of the referenced kind, or of the enum
};

struct SiteModel {
  const Schema* schema = nullptr;
  const SiteConfig* config = nullptr;
  std::vector<Entry> entries;             // kinds in schema order, then slug
  std::vector<RenderedMarkdown> bodies;   // parallel to entries
  std::vector<std::vector<BackrefGroup>> backrefs;  // parallel to entries
  std::map<std::pair<std::string, std::string>, size_t> by_kind_slug;
  std::map<std::string, std::vector<size_t>> kind_entries;  // in list order; see EntriesOfKind
  std::map<std::string, std::vector<Facet>> kind_facets;    // see FacetsOf

  /// Index of the entry, or -1.
  long Find(const std::string& kind, const std::string& slug) const;
  /// "netwerken/level/index.html": relative to the site root.
  std::string UrlOf(size_t entry) const;
  std::string KindUrl(const std::string& kind) const;
  /// Entries of a kind, by `volgorde` when present, then by title.
  const std::vector<size_t>& EntriesOfKind(const std::string& kind) const;
  /// Facet fields of a kind, with the values that occur and their counts.
  const std::vector<Facet>& FacetsOf(const std::string& kind) const;
  /// The values (slugs or enum values) an entry has for a top-level field.
  std::vector<std::string> ValuesOf(size_t entry, const std::string& field) const;
  /// {"field": ["slug", ...]} of the facet fields of an entry, for filters in the browser.
  std::string FacetJson(size_t entry) const;
  /// Display text of a scalar value: a referenced entry's title, else the text itself.
  std::string LabelOf(const FieldValue& value) const;
};

/// How an enum value reads on a page: "op-aanvraag" becomes "Op aanvraag".
std::string EnumLabel(const std::string& value);

/// Folder URL of an entry without a model: for the link table the Markdown stage needs.
std::string EntryUrl(const KindSpec& kind, const std::string& slug);

SiteModel BuildSiteModel(std::vector<Entry> entries, std::vector<RenderedMarkdown> bodies,
                         const Schema& schema, const SiteConfig& config);

}  // namespace leernet
