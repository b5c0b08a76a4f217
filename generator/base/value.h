// A neutral data tree read from YAML, with the source position of every node and key.
// It knows nothing of YAML libraries or of the schema.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace leernet {

struct MapEntry;

struct Value {
  enum class Type { kNull, kScalar, kList, kMap };
  Type type = Type::kNull;
  std::string scalar;   // the text of a scalar
  bool quoted = false;  // a quoted scalar is always text, never a number or boolean
  std::vector<Value> items;
  std::vector<MapEntry> entries;  // in document order
  Position pos;

  bool IsNull() const { return type == Type::kNull; }
  bool IsScalar() const { return type == Type::kScalar; }
  bool IsList() const { return type == Type::kList; }
  bool IsMap() const { return type == Type::kMap; }
  /// The value under `key` of a map, or nullptr.
  const Value* Find(const std::string& key) const;
};

struct MapEntry {
  std::string key;
  Position key_pos;
  Value value;
};

/// What a value is, for messages: "een lijst" / "a list", "tekst" / "text", ...
Message DescribeType(const Value& v);

}  // namespace leernet
