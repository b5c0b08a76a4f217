// A writer of JSON text (indented or on one line) with keys in the order they are written, so
// that every generated JSON file is byte-identical from run to run. It knows
// JSON syntax, nothing else. The text comes from nlohmann-json, which only this
// module links; the search index writes its JSON by hand instead (search/),
// because lunr.js needs its exact number output there.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leernet {

class JsonWriter {
 public:
  /// Spaces per level; 0 writes everything on one line.
  explicit JsonWriter(int indent = 2);
  ~JsonWriter();
  JsonWriter(const JsonWriter &) = delete;
  JsonWriter &operator=(const JsonWriter &) = delete;

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  /// The key of the next value inside an object.
  void Key(std::string_view key);
  void String(std::string_view text);
  void Bool(bool value);
  void Null();
  void Integer(long long value);
  /// A finite number; not finite ones are written as null, as JSON has no other
  /// way.
  void Number(double value);
  /// Shorthands for one key and its value.
  void Field(std::string_view key, std::string_view text) {
    Key(key);
    String(text);
  }
  void StringArray(const std::vector<std::string> &items);
  /// A value that another writer of indent 0 wrote, placed as it is: lets the parts of a big
  /// document be written on several threads. Only for a writer of indent 0, as the text is not
  /// indented again.
  void Raw(std::string_view json);

  /// The text written so far, with a final newline, and a fresh start.
  std::string Take();
  /// The text written since the last piece, keeping the place in the document: a big document
  /// leaves in pieces (then Take() gives the rest), so its whole text is never held at once.
  std::string TakePiece();
  /// Bytes written since the last piece.
  size_t PendingBytes() const;

 private:
  void Place();
  void Close(char bracket);

  struct State;
  std::unique_ptr<State> state_;
  int indent_;
};

/// A whole number written in decimal ("007" -> 7, "-0" -> 0), or nullopt when
/// the text is not one or does not fit in 64 bits.
std::optional<long long> ParseInteger(std::string_view digits);

}  // namespace leernet
