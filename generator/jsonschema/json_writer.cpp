#include "jsonschema/json_writer.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "base/text.h"

namespace leernet {

using Json = nlohmann::ordered_json;

// The text is written as the calls come, so that a big document (the export of every entry)
// never exists as a tree besides its text. nlohmann-json writes the numbers (and any text
// that is not UTF-8); strings and keys are escaped here exactly as its dump() escapes them, and
// the brackets, commas and indentation are those of its dump(), so the bytes are the same as a
// dump of the whole tree.
struct JsonWriter::State {
  struct Open {
    bool array;
    size_t items = 0;
  };
  std::string out;
  std::vector<Open> open;
  std::string key;
  bool has_root = false;
};

namespace {

// One scalar as nlohmann-json writes it; bytes that are not UTF-8 become U+FFFD rather than
// failing the whole file.
void AppendScalar(std::string& out, const Json& value) {
  out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A string as nlohmann-json's dump writes it (ensure_ascii off), without building a value and
// a temporary text for it: the export's bodies make this the writer's largest cost. Text that
// is not valid UTF-8 goes to nlohmann, which replaces the bad bytes.
void AppendString(std::string& out, std::string_view text) {
  if (FindInvalidUtf8(text)) {
    AppendScalar(out, Json(std::string(text)));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the bytes that need no escape
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      // clang-format off
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      // clang-format on
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

}  // namespace

JsonWriter::JsonWriter(int indent) : state_(std::make_unique<State>()), indent_(indent) {}

JsonWriter::~JsonWriter() = default;

// What comes before a value: the separator, the line break and indentation, and in an object
// its key.
void JsonWriter::Place() {
  State& t = *state_;
  if (t.open.empty()) {
    t.has_root = true;
    return;
  }
  State::Open& parent = t.open.back();
  if (parent.items++ > 0) t.out += ',';
  if (indent_ > 0) {
    t.out += '\n';
    t.out.append(t.open.size() * static_cast<size_t>(indent_), ' ');
  }
  if (!parent.array) {
    AppendString(t.out, t.key);
    t.out += indent_ > 0 ? ": " : ":";
  }
}

void JsonWriter::Close(char bracket) {
  State& t = *state_;
  bool had_items = t.open.back().items > 0;
  t.open.pop_back();
  if (had_items && indent_ > 0) {
    t.out += '\n';
    t.out.append(t.open.size() * static_cast<size_t>(indent_), ' ');
  }
  t.out += bracket;
}

void JsonWriter::BeginObject() {
  Place();
  state_->out += '{';
  state_->open.push_back({false});
}
void JsonWriter::EndObject() { Close('}'); }
void JsonWriter::BeginArray() {
  Place();
  state_->out += '[';
  state_->open.push_back({true});
}
void JsonWriter::EndArray() { Close(']'); }
void JsonWriter::Key(std::string_view key) { state_->key = std::string(key); }
void JsonWriter::String(std::string_view text) {
  Place();
  AppendString(state_->out, text);
}
void JsonWriter::Bool(bool value) {
  Place();
  state_->out += value ? "true" : "false";
}
void JsonWriter::Null() {
  Place();
  state_->out += "null";
}
void JsonWriter::Integer(long long value) {
  Place();
  AppendScalar(state_->out, Json(static_cast<int64_t>(value)));
}
void JsonWriter::Number(double value) {
  Place();
  AppendScalar(state_->out, Json(value));
}

void JsonWriter::StringArray(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& item : items) String(item);
  EndArray();
}

void JsonWriter::Raw(std::string_view json) {
  Place();
  state_->out.append(json);
}

std::string JsonWriter::Take() {
  std::string out;
  if (state_->has_root) {
    out = std::move(state_->out);
    out += '\n';
  }
  state_ = std::make_unique<State>();
  return out;
}

std::string JsonWriter::TakePiece() {
  std::string piece;
  piece.swap(state_->out);
  return piece;
}

size_t JsonWriter::PendingBytes() const { return state_->out.size(); }

std::optional<long long> ParseInteger(std::string_view digits) {
  if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
  if (digits.empty() || digits[0] == '+') return std::nullopt;
  long long value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

}  // namespace leernet
