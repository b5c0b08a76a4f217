#include "yaml/yaml_reader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <vector>
#include <string>

namespace leernet {

namespace {

class Converter {
 public:
  Converter(const std::string& path, int first_line, Diagnostics& diags, const YamlLimits& limits)
      : path_(path), first_line_(first_line), diags_(diags), limits_(limits) {}

  bool Convert(const YAML::Node& node, Value& out, int depth) {
    if (++nodes_ > limits_.max_nodes) {
      if (!reported_size_) {
        diags_.Error(path_, At(node.Mark()),
                     "YAML expands to more than " + std::to_string(limits_.max_nodes) +
                         " values (are aliases repeating each other?)");
        reported_size_ = true;
      }
      return false;
    }
    if (depth > limits_.max_depth) {
      diags_.Error(path_, At(node.Mark()),
                   "YAML is nested deeper than " + std::to_string(limits_.max_depth) + " levels");
      return false;
    }
    out.pos = At(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        out.type = Value::Type::kNull;
        return true;
      case YAML::NodeType::Scalar:
        out.type = Value::Type::kScalar;
        out.scalar = node.Scalar();
        // yaml-cpp tags quoted and block scalars "!" and plain ones "?".
        out.quoted = node.Tag() == "!";
        return true;
      case YAML::NodeType::Sequence:
        out.type = Value::Type::kList;
        out.items.reserve(node.size());
        for (const YAML::Node& child : node) {
          out.items.emplace_back();
          if (!Convert(child, out.items.back(), depth + 1)) return false;
        }
        return true;
      case YAML::NodeType::Map: {
        out.type = Value::Type::kMap;
        std::set<std::string> seen;
        for (const auto& kv : node) {
          MapEntry entry;
          entry.key_pos = At(kv.first.Mark());
          if (!kv.first.IsScalar()) {
            diags_.Error(path_, entry.key_pos, "a key must be plain text");
            return false;
          }
          entry.key = kv.first.Scalar();
          if (!seen.insert(entry.key).second) {
            diags_.Error(path_, entry.key_pos, "duplicate key '" + entry.key + "'");
            continue;
          }
          if (!Convert(kv.second, entry.value, depth + 1)) return false;
          out.entries.push_back(std::move(entry));
        }
        return true;
      }
    }
    return true;
  }

  Position At(const YAML::Mark& mark) const {
    if (mark.line < 0) return {first_line_, 1};
    return {first_line_ + mark.line, mark.column + 1};
  }

 private:
  const std::string& path_;
  int first_line_;
  Diagnostics& diags_;
  const YamlLimits& limits_;
  size_t nodes_ = 0;
  bool reported_size_ = false;
};

// yaml-cpp parses flow collections recursively; refuse absurd nesting before it can exhaust
// the stack. Quotes are skipped roughly, which errs on the side of refusing.
std::optional<size_t> FlowTooDeep(std::string_view text, int max_depth) {
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      if (c == '\n') quote = 0;
      continue;
    }
    if (c == '"') {
      quote = c;
    } else if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// Tabs before the first character of a line: the most common reason for a puzzling YAML error.
bool HasTabIndentation(std::string_view text) {
  bool at_start = true;
  for (char c : text) {
    if (c == '\n') {
      at_start = true;
    } else if (at_start && c == '\t') {
      return true;
    } else if (c != ' ' && c != '-') {
      at_start = false;
    }
  }
  return false;
}

// The 1-based line of a document marker that starts a second document: a '---' line after
// content or after another '---', or content after a '...' line.
std::optional<int> SecondDocumentLine(std::string_view text) {
  bool content = false, started = false, ended = false;
  int line = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    std::string_view current = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line;
    if (!current.empty() && current.back() == '\r') current.remove_suffix(1);
    auto marker = [&](std::string_view m) {
      return current.substr(0, 3) == m && (current.size() == 3 || current[3] == ' ' || current[3] == '\t');
    };
    if (marker("---")) {
      if (content || started || ended) return line;
      started = true;
    } else if (marker("...")) {
      ended = true;
    } else {
      size_t first = current.find_first_not_of(" \t");
      if (first != std::string_view::npos && current[first] != '#') {
        if (ended) return line;
        content = true;
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Value> ReadYaml(std::string_view text, const std::string& path, int first_line,
                              Diagnostics& diags, const YamlLimits& limits) {
  if (auto at = FlowTooDeep(text, limits.max_depth)) {
    int line = first_line;
    size_t start = 0;
    for (size_t i = 0; i < *at; ++i) {
      if (text[i] == '\n') {
        ++line;
        start = i + 1;
      }
    }
    diags.Error(path, {line, static_cast<int>(*at - start) + 1},
                "YAML is nested deeper than " + std::to_string(limits.max_depth) + " levels");
    return std::nullopt;
  }
  // YAML::Load reads the first document and drops the rest without a word; YAML::LoadAll can
  // loop forever on broken input (yaml-cpp 0.7). So a second document is found in the text.
  if (std::optional<int> line = SecondDocumentLine(text)) {
    diags.Error(path, {first_line + *line - 1, 1},
                "a second YAML document starts here: a file holds one document, so remove this line");
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    Position pos = e.mark.line >= 0 ? Position{first_line + e.mark.line, e.mark.column + 1}
                                    : Position{first_line, 1};
    std::string msg = e.msg.empty() ? "invalid YAML" : e.msg;
    if (HasTabIndentation(text)) msg += " (YAML does not allow tabs for indentation: use spaces)";
    diags.Error(path, pos, "invalid YAML: " + msg);
    return std::nullopt;
  }
  Value out;
  try {
    Converter converter(path, first_line, diags, limits);
    if (!converter.Convert(root, out, 0)) return std::nullopt;
  } catch (const YAML::Exception& e) {
    diags.Error(path, {first_line, 1}, std::string("invalid YAML: ") + e.what());
    return std::nullopt;
  }
  return out;
}

}  // namespace leernet
