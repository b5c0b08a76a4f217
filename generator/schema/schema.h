// The content model as data: kinds of entry and their fields, read from content/schema.yaml.
// The domain lives in that file; nothing here knows about networks or practices.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/value.h"

namespace leernet {

enum class FieldType { kString, kMarkdown, kInt, kYear, kDate, kUrl, kBool, kEnum, kRef, kList, kObject };

/// How `leernet new` marks a value the editor still has to give. Check refuses any value that
/// starts with it, so that an entry is not published with placeholders in it.
inline constexpr std::string_view kFillInMarker = "Nog invullen";

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::kString;
  bool required = false;
  bool facet = false;
  bool internal = false;  // `intern`: editorial or search-only, never shown on a page
  double boost = 0;       // 0: not in the search index
  std::string label;
  std::string help;
  std::string backlabel;            // heading on a referenced entry's page
  std::vector<std::string> values;  // enum
  std::string ref_kind;             // ref
  std::vector<FieldSpec> item;      // list: exactly one spec, the type of each item
  std::vector<FieldSpec> fields;    // object

  const FieldSpec* FindField(const std::string& field_name) const;
  /// The spec of a scalar at the bottom of lists: the item type of a list, else itself.
  const FieldSpec& Leaf() const;
};

struct KindSpec {
  std::string name;
  std::string folder;
  std::string label;
  std::string plural;
  std::string intro;
  std::vector<FieldSpec> fields;  // the common fields first, then the kind's own
  size_t common_count = 0;        // how many of `fields` are the common fields

  bool IsCommon(const std::string& field_name) const;
  const FieldSpec* FindField(const std::string& field_name) const;
  std::vector<std::string> FieldNames() const;
};

struct Schema {
  std::vector<KindSpec> kinds;  // in the order of the schema file

  const KindSpec* FindKind(const std::string& name) const;
  const KindSpec* FindKindByFolder(const std::string& folder) const;
  std::vector<std::string> KindNames() const;
};

const char* FieldTypeName(FieldType type);

/// Reads the schema document; reports every problem in it and returns what could be read.
Schema ParseSchema(const Value& doc, const std::string& path, Diagnostics& diags);

}  // namespace leernet
