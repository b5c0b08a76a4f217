#include "yaml/yaml_reader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace leernet {

namespace {

Message TooDeepHint() {
  return Say("schrijf de waarden met minder lijsten en groepen in elkaar",
             "write the values with fewer lists and maps inside each other");
}

Message TooDeep(int max_depth) {
  return Say("YAML is dieper genest dan {0} niveaus", "YAML is nested deeper than {0} levels",
             {std::to_string(max_depth)});
}

// yaml-cpp reports in English; editors read Dutch. A text missing here is shown in English in
// both languages, so a newer yaml-cpp degrades to English rather than to nothing.
struct ParserText {
  const char* en;
  const char* nl;
};

constexpr ParserText kParserTexts[] = {
    {"end of sequence flow not found", "einde van de lijst tussen [ ] niet gevonden"},
    {"end of map flow not found", "einde van de velden tussen { } niet gevonden"},
    {"end of sequence not found", "einde van de lijst niet gevonden"},
    {"end of map not found", "einde van de velden niet gevonden"},
    {"end of string not found", "einde van de tekst tussen aanhalingstekens niet gevonden"},
    {"illegal map value", "ongeldige waarde achter een veldnaam"},
    {"illegal map key", "ongeldige veldnaam"},
    {"illegal block entry", "ongeldig lijstitem ('-') op deze plek"},
    {"illegal flow end", "] of } op een plek waar dat niet kan"},
    {"illegal tab when looking for indentation", "tab gevonden waar inspringing werd verwacht"},
    {"illegal EOF in scalar", "bestand houdt op midden in een waarde"},
    {"illegal character in scalar", "ongeldig teken in een waarde"},
    {"illegal document indicator in scalar", "'---' of '...' midden in een waarde"},
    {"invalid character in single-quoted string", "ongeldig teken in tekst tussen enkele aanhalingstekens"},
    {"unknown token", "onbekend teken"},
    {"unexpected character in block scalar", "onverwacht teken in een tekstblok (| of >)"},
    {"cannot set zero indentation for a block scalar", "een tekstblok (| of >) kan niet 0 inspringen"},
    {"the referenced anchor is not defined", "het anker waarnaar verwezen wordt bestaat niet"},
    {"alias not found after *", "geen aliasnaam na *"},
    {"anchor not found after &", "geen ankernaam na &"},
    {"illegal character found while scanning alias", "ongeldig teken in een aliasnaam"},
    {"illegal character found while scanning anchor", "ongeldig teken in een ankernaam"},
    {"cannot assign multiple anchors to the same node", "een waarde kan maar één anker hebben"},
    {"cannot assign multiple tags to the same node", "een waarde kan maar één tag hebben"},
    {"cannot assign multiple aliases to the same node", "een waarde kan maar één alias hebben"},
    {"aliases can't have any content, *including* tags", "een alias kan geen eigen inhoud hebben, ook geen tag"},
    {"bad character found while scanning hex number", "ongeldig teken in een hexadecimaal getal"},
    {"illegal character found while scanning tag handle", "ongeldig teken in een tag"},
    {"tag handle with no suffix", "tag zonder naam"},
    {"end of verbatim tag not found", "einde van de tag niet gevonden"},
    {"repeated YAML directive", "herhaalde %YAML-regel"},
    {"repeated TAG directive", "herhaalde %TAG-regel"},
    {"YAML directives must have exactly one argument", "een %YAML-regel heeft precies één argument"},
    {"TAG directives must have exactly two arguments", "een %TAG-regel heeft precies twee argumenten"},
    {"YAML major version too large", "YAML-versie te hoog"},
    {"invalid YAML", "ongeldige YAML"},
};

// Texts that yaml-cpp ends with the offending part: "unknown escape character: q".
constexpr ParserText kParserPrefixes[] = {
    {"unknown escape character: ", "onbekend escape-teken na \\: "},
    {"invalid unicode: ", "ongeldige unicode: "},
    {"bad YAML version: ", "ongeldige YAML-versie: "},
};

Message TranslateParserText(const std::string& en) {
  for (const ParserText& t : kParserTexts) {
    if (en == t.en) return {t.nl, en};
  }
  for (const ParserText& t : kParserPrefixes) {
    std::string_view prefix = t.en;
    if (en.compare(0, prefix.size(), prefix) == 0) return {t.nl + en.substr(prefix.size()), en};
  }
  return Verbatim(en);
}

std::string_view LineOf(std::string_view text, int index) {
  size_t start = 0;
  for (int i = 0; i < index; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The value of a "key: value" or "- value" line, or nothing.
std::string_view PlainValueOf(std::string_view line) {
  size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] == '#') return {};
  line.remove_prefix(first);
  if (line.substr(0, 2) == "- ") return line.substr(2);
  size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return {};
  std::string_view value = line.substr(colon + 2);
  size_t start = value.find_first_not_of(' ');
  return start == std::string_view::npos ? std::string_view{} : value.substr(start);
}

// What comes before `value` on its line, without the indentation: "titel: " or "- ".
std::string_view KeyOf(std::string_view line, std::string_view value) {
  std::string_view key = line.substr(0, static_cast<size_t>(value.data() - line.data()));
  key.remove_prefix(std::min(key.find_first_not_of(" \t"), key.size()));
  return key;
}

// `titel: Zorg: samen leren`: YAML reads a second key inside the value.
bool HasColonInPlainValue(std::string_view line) {
  std::string_view value = PlainValueOf(line);
  if (value.empty() || std::string_view("\"'[{|>&*!").find(value[0]) != std::string_view::npos) return false;
  size_t colon = value.find(": ");
  size_t comment = value.find(" #");
  return colon != std::string_view::npos && (comment == std::string_view::npos || colon < comment);
}

// `titel: 'cliënt's zorg'`: the apostrophe ends the quoted text, and words follow it.
bool HasApostropheInSingleQuotes(std::string_view line) {
  std::string_view value = PlainValueOf(line);
  if (value.size() < 2 || value[0] != '\'') return false;
  for (size_t i = 1; i < value.size(); ++i) {
    if (value[i] != '\'') continue;
    if (i + 1 < value.size() && value[i + 1] == '\'') {
      ++i;  // '' is an apostrophe written the YAML way
      continue;
    }
    std::string_view after = value.substr(i + 1);
    size_t next = after.find_first_not_of(" \t");
    return next != std::string_view::npos && after[next] != '#';
  }
  return false;
}

// A hint for the two mistakes editors make most, on the line of the error or the one before
// (yaml-cpp may notice at the start of the next line). Not further back: lines inside a text
// block may hold ': ' without being wrong.
Message HintFor(std::string_view text, int error_line) {
  for (int i = error_line; i >= 0 && i >= error_line - 1; --i) {
    std::string_view line = LineOf(text, i);
    if (HasApostropheInSingleQuotes(line)) {
      std::string_view value = PlainValueOf(line);
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
      if (value.size() >= 2 && value.back() == '\'' && value.find(" #") == std::string_view::npos) {
        std::string fixed;
        std::string_view inner = value.substr(1, value.size() - 2);
        for (size_t k = 0; k < inner.size(); ++k) {
          fixed += inner[k];
          if (inner[k] != '\'') continue;
          if (k + 1 < inner.size() && inner[k + 1] == '\'') {
            ++k;  // already written the YAML way
          }
          fixed += '\'';
        }
        std::string example = std::string(KeyOf(line, value)) + "'" + fixed + "'";
        return Say(
            "een apostrof binnen '…' sluit de tekst af: schrijf twee apostrofs, zo: {0}, of gebruik dubbele "
            "aanhalingstekens",
            "an apostrophe inside '…' ends the text: write two apostrophes, like this: {0}, or use double quotes",
            {example});
      }
      return Say(
          "een apostrof binnen '…' sluit de tekst af: schrijf twee apostrofs ('') of zet de waarde tussen "
          "dubbele aanhalingstekens (\"…\")",
          "an apostrophe inside '…' ends the text: write two apostrophes ('') or put the value between "
          "double quotes (\"…\")");
    }
    if (HasColonInPlainValue(line)) {
      std::string_view value = PlainValueOf(line);
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
      // An example only when quoting is all it takes; with a '"' inside, escaping would be needed too.
      if (value.find('"') == std::string_view::npos && value.find(" #") == std::string_view::npos) {
        std::string example = std::string(KeyOf(line, value)) + "\"" + std::string(value) + "\"";
        return Say("de waarde bevat ': ': zet de hele waarde tussen dubbele aanhalingstekens, zo: {0}",
                   "the value contains ': ': put the whole value between double quotes, like this: {0}", {example});
      }
      return Say("de waarde bevat ': ': zet de hele waarde tussen dubbele aanhalingstekens (\"…\")",
                 "the value contains ': ': put the whole value between double quotes (\"…\")");
    }
  }
  return {};
}

class Converter {
 public:
  Converter(std::string_view text, const std::string& path, int first_line, Diagnostics& diags,
            const YamlLimits& limits)
      : text_(text), path_(path), first_line_(first_line), diags_(diags), limits_(limits) {}

  bool Convert(const YAML::Node& node, Value& out, int depth) {
    if (++nodes_ > limits_.max_nodes) {
      if (!reported_size_) {
        diags_.Error(path_, At(node.Mark()),
                     Say("YAML groeit uit tot meer dan {0} waarden (herhalen aliassen elkaar?)",
                         "YAML expands to more than {0} values (are aliases repeating each other?)",
                         {std::to_string(limits_.max_nodes)}),
                     Say("schrijf de waarden uit in plaats van aliassen ('*naam') te gebruiken",
                         "write the values out instead of using aliases ('*name')"));
        reported_size_ = true;
      }
      return false;
    }
    if (depth > limits_.max_depth) {
      diags_.Error(path_, At(node.Mark()), TooDeep(limits_.max_depth), TooDeepHint());
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
        return !out.quoted || QuoteIsClosed(node.Mark());
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
            diags_.Error(path_, entry.key_pos, Say("een veldnaam moet gewone tekst zijn", "a key must be plain text"),
                         Say("schrijf de veldnaam als 'naam: waarde'", "write the field name as 'name: value'"));
            return false;
          }
          entry.key = kv.first.Scalar();
          if (!seen.insert(entry.key).second) {
            diags_.Error(path_, entry.key_pos, Say("dubbele veldnaam '{0}'", "duplicate key '{0}'", {entry.key}),
                         Say("een veld komt één keer voor: haal een van de twee weg of voeg ze samen",
                             "a field appears once: remove one of the two or merge them"));
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
  // yaml-cpp reads a quoted value that is never closed up to the end of the fields, so
  // `titel: "Zorg` would swallow every field after it and leave only "missing field" errors.
  bool QuoteIsClosed(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= text_.size()) return true;
    const char quote = text_[static_cast<size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return true;  // a block scalar
    for (size_t i = static_cast<size_t>(mark.pos) + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
        } else {
          return true;
        }
      }
    }
    diags_.Error(path_, At(mark),
                 Say("het aanhalingsteken {0} aan het begin van deze waarde wordt nergens gesloten",
                     "the quote {0} that starts this value is never closed", {std::string(1, quote)}),
                 Say("zet aan het eind van de waarde ook een {0}", "put a {0} at the end of the value as well",
                     {std::string(1, quote)}));
    return false;
  }

  std::string_view text_;
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

std::optional<Value> ReadYaml(std::string_view text, const std::string& path, int first_line, Diagnostics& diags,
                              const YamlLimits& limits) {
  if (auto at = FlowTooDeep(text, limits.max_depth)) {
    int line = first_line;
    size_t start = 0;
    for (size_t i = 0; i < *at; ++i) {
      if (text[i] == '\n') {
        ++line;
        start = i + 1;
      }
    }
    diags.Error(path, {line, static_cast<int>(*at - start) + 1}, TooDeep(limits.max_depth), TooDeepHint());
    return std::nullopt;
  }
  // YAML::Load reads the first document and drops the rest without a word; YAML::LoadAll can
  // loop forever on broken input (yaml-cpp 0.7). So a second document is found in the text.
  if (std::optional<int> line = SecondDocumentLine(text)) {
    diags.Error(path, {first_line + *line - 1, 1},
                Say("hier begint een tweede YAML-document: een bestand bevat één document, dus haal deze regel weg",
                    "a second YAML document starts here: a file holds one document, so remove this line"));
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    Position pos = e.mark.line >= 0 ? Position{first_line + e.mark.line, e.mark.column + 1} : Position{first_line, 1};
    Message msg =
        Say("ongeldige YAML: ", "invalid YAML: ") + TranslateParserText(e.msg.empty() ? "invalid YAML" : e.msg);
    if (HasTabIndentation(text)) {
      msg = msg + Say(" (YAML staat geen tabs toe om in te springen: gebruik spaties)",
                      " (YAML does not allow tabs for indentation: use spaces)");
    }
    diags.Error(path, pos, msg, HintFor(text, std::max(e.mark.line, 0)));
    return std::nullopt;
  }
  Value out;
  try {
    Converter converter(text, path, first_line, diags, limits);
    if (!converter.Convert(root, out, 0)) return std::nullopt;
  } catch (const YAML::Exception& e) {
    // A conversion error outside the parser: its text is yaml-cpp's own, with its position.
    diags.Error(path, {first_line, 1}, Say("ongeldige YAML: ", "invalid YAML: ") + Verbatim(e.what()));
    return std::nullopt;
  }
  return out;
}

}  // namespace leernet
