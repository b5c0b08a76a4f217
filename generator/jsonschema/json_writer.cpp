#include "jsonschema/json_writer.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace leernet {

using Json = nlohmann::ordered_json;

// The document under construction and the chain of containers still open in it.
// Only the innermost open container ever grows, so the pointers to its
// ancestors stay valid.
struct JsonWriter::Tree {
  Json root;
  bool has_root = false;
  std::vector<Json *> open;
  std::string key;

  Json &Put(Json value) {
    if (open.empty()) {
      root = std::move(value);
      has_root = true;
      return root;
    }
    Json &parent = *open.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return parent.back();
    }
    Json &slot = parent[key];
    slot = std::move(value);
    return slot;
  }
};

JsonWriter::JsonWriter(int indent) : tree_(std::make_unique<Tree>()), indent_(indent) {}

JsonWriter::~JsonWriter() = default;

void JsonWriter::BeginObject() { tree_->open.push_back(&tree_->Put(Json::object())); }
void JsonWriter::EndObject() { tree_->open.pop_back(); }
void JsonWriter::BeginArray() { tree_->open.push_back(&tree_->Put(Json::array())); }
void JsonWriter::EndArray() { tree_->open.pop_back(); }
void JsonWriter::Key(std::string_view key) { tree_->key = std::string(key); }
void JsonWriter::String(std::string_view text) { tree_->Put(std::string(text)); }
void JsonWriter::Bool(bool value) { tree_->Put(value); }
void JsonWriter::Null() { tree_->Put(nullptr); }
void JsonWriter::Integer(long long value) { tree_->Put(static_cast<int64_t>(value)); }
void JsonWriter::Number(double value) { tree_->Put(value); }

void JsonWriter::StringArray(const std::vector<std::string> &items) {
  Json array = Json::array();
  for (const std::string &item : items) array.push_back(item);
  tree_->Put(std::move(array));
}

std::string JsonWriter::Take() {
  std::string out;
  if (tree_->has_root) {
    // Bytes that are not UTF-8 become U+FFFD rather than failing the whole
    // file.
    out = tree_->root.dump(indent_ > 0 ? indent_ : -1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
  }
  tree_ = std::make_unique<Tree>();
  return out;
}

std::optional<long long> ParseInteger(std::string_view digits) {
  if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
  if (digits.empty() || digits[0] == '+') return std::nullopt;
  long long value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

}  // namespace leernet
