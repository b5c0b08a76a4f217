// A small writer of indented JSON text with keys in the order they are written, so that every
// generated JSON file is byte-identical from run to run. It knows JSON syntax, nothing else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace leernet {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  /// The key of the next value inside an object.
  void Key(std::string_view key);
  void String(std::string_view text);
  void Bool(bool value);
  void Null();
  /// A number already in JSON syntax, such as "42" or "-1.5".
  void Number(std::string_view json_number);
  /// Shorthands for one key and its value.
  void Field(std::string_view key, std::string_view text) { Key(key); String(text); }
  void StringArray(const std::vector<std::string>& items);

  /// The text written so far, with a final newline once every container is closed.
  std::string Take();

 private:
  void BeforeValue();
  void Newline();

  struct Level {
    bool array = false;
    bool empty = true;
  };
  int indent_;
  std::string out_;
  std::vector<Level> stack_;
  bool after_key_ = false;
};

/// The JSON number of a whole number written in decimal ("007" -> "7", "-0" -> "0"), or "" when
/// the text is not one.
std::string JsonInteger(std::string_view digits);

}  // namespace leernet
