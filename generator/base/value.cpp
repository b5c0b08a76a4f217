#include "base/value.h"

namespace leernet {

const Value* Value::Find(const std::string& key) const {
  for (const MapEntry& e : entries) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

const char* DescribeType(const Value& v) {
  switch (v.type) {
    case Value::Type::kNull:
      return "nothing";
    case Value::Type::kScalar:
      return "text";
    case Value::Type::kList:
      return "a list";
    case Value::Type::kMap:
      return "a map";
  }
  return "nothing";
}

}  // namespace leernet
