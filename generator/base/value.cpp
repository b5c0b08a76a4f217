#include "base/value.h"

namespace leernet {

const Value* Value::Find(const std::string& key) const {
  for (const MapEntry& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

// A YAML map is "een groep velden" in Dutch: "map" is the editors' word for a folder.
Message DescribeType(const Value& v) {
  switch (v.type) {
    case Value::Type::kNull:
      break;
    case Value::Type::kScalar:
      return Say("tekst", "text");
    case Value::Type::kList:
      return Say("een lijst", "a list");
    case Value::Type::kMap:
      return Say("een groep velden", "a map");
  }
  return Say("niets", "nothing");
}

}  // namespace leernet
