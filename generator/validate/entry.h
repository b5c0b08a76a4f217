// Entries after validation: every field has the type the schema declares, in schema order.
// Later stages read these and never the raw YAML values.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "schema/schema.h"

namespace leernet {

struct NamedFieldValue;

struct FieldValue {
  const FieldSpec* spec = nullptr;      // points into the Schema, which outlives every entry
  std::string text;                     // scalars; for a ref, the slug of the target
  std::vector<FieldValue> items;        // list
  std::vector<NamedFieldValue> fields;  // object, in schema order
  Position pos;
};

// A field of an object value. Not a std::pair: a pair of an incomplete type inside FieldValue
// is not portable (clang refuses it).
struct NamedFieldValue {
  NamedFieldValue(std::string name, FieldValue value) : first(std::move(name)), second(std::move(value)) {}
  std::string first;
  FieldValue second;
};

struct Entry {
  std::string kind;
  std::string slug;
  std::string path;                                        // for messages
  std::string rel_path;                                    // relative to the content folder
  std::vector<std::pair<std::string, FieldValue>> fields;  // present fields, in schema order
  std::string title;
  std::string summary;
  std::string body;  // Markdown
  int body_line = 1;
  int body_indent = 0;
  bool body_exact = true;

  const FieldValue* Find(const std::string& name) const;
};

}  // namespace leernet
