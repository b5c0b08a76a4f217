// Small helpers for the map tests: a strict-enough XML well-formedness check (no XML
// library in the project) and substring counting.
#ifndef LEERNET_TESTS_UNIT_MAP_SVG_CHECK_H_
#define LEERNET_TESTS_UNIT_MAP_SVG_CHECK_H_

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace leernet::map::testing {

inline size_t CountOf(std::string_view haystack, std::string_view needle) {
  size_t count = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

// True if every '&' in `text` starts one of the five named entities or a numeric one.
inline bool EntitiesValid(std::string_view text) {
  for (size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
    const size_t end = text.find(';', at);
    if (end == std::string_view::npos) return false;
    const std::string_view name = text.substr(at + 1, end - at - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
      continue;
    }
    if (name.size() >= 2 && name[0] == '#') {
      bool digits = true;
      for (size_t i = 1; i < name.size(); ++i) {
        digits = digits && std::isdigit(static_cast<unsigned char>(name[i]));
      }
      if (digits) continue;
    }
    return false;
  }
  return true;
}

// Checks balanced tags, one root element, quoted attributes without '<', valid entities
// and no stray '<' in text. Sets *error to what failed.
inline bool IsWellFormed(std::string_view xml, std::string* error) {
  std::vector<std::string> open;
  int roots = 0;
  size_t i = 0;
  const auto fail = [&](const std::string& what) {
    *error = what + std::string(" at byte ") + std::to_string(i);
    return false;
  };
  while (i < xml.size()) {
    const size_t lt = xml.find('<', i);
    const std::string_view text = xml.substr(i, lt == std::string_view::npos ? xml.npos : lt - i);
    if (!EntitiesValid(text)) return fail("bad entity in text");
    if (open.empty() && text.find_first_not_of(" \n") != std::string_view::npos) {
      return fail("text outside the root");
    }
    if (lt == std::string_view::npos) break;
    i = lt;
    if (xml.substr(i, 4) == "<!--") {
      const size_t end = xml.find("-->", i);
      if (end == std::string_view::npos) return fail("open comment");
      i = end + 3;
      continue;
    }
    const bool closing = xml.substr(i, 2) == "</";
    size_t p = i + (closing ? 2 : 1);
    const size_t name_start = p;
    while (p < xml.size() &&
           (std::isalnum(static_cast<unsigned char>(xml[p])) || xml[p] == '-' || xml[p] == ':' || xml[p] == '_')) {
      ++p;
    }
    const std::string name(xml.substr(name_start, p - name_start));
    if (name.empty()) return fail("tag without name");
    bool self_closing = false;
    while (true) {
      while (p < xml.size() && xml[p] == ' ') ++p;
      if (p >= xml.size()) return fail("unterminated tag " + name);
      if (xml[p] == '>') break;
      if (xml.substr(p, 2) == "/>" && !closing) {
        self_closing = true;
        ++p;
        break;
      }
      if (closing) return fail("attribute in end tag");
      const size_t eq = xml.find('=', p);
      if (eq == std::string_view::npos || eq == p) return fail("attribute without value");
      for (size_t k = p; k < eq; ++k) {
        const char c = xml[k];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':')) {
          return fail("bad attribute name in " + name);
        }
      }
      if (eq + 1 >= xml.size() || xml[eq + 1] != '"') return fail("unquoted attribute");
      const size_t close = xml.find('"', eq + 2);
      if (close == std::string_view::npos) return fail("open attribute");
      const std::string_view value = xml.substr(eq + 2, close - eq - 2);
      if (value.find('<') != std::string_view::npos || !EntitiesValid(value)) {
        return fail("bad attribute value in " + name);
      }
      p = close + 1;
      if (p < xml.size() && xml[p] != ' ' && xml[p] != '>' && xml[p] != '/') {
        return fail("attributes not separated");
      }
    }
    i = p + 1;
    if (closing) {
      if (open.empty() || open.back() != name) return fail("unbalanced </" + name + ">");
      open.pop_back();
    } else {
      if (open.empty()) ++roots;
      if (!self_closing) open.push_back(name);
    }
  }
  if (!open.empty()) {
    *error = "unclosed <" + open.back() + ">";
    return false;
  }
  if (roots != 1) {
    *error = std::string("expected one root element, found ") + std::to_string(roots);
    return false;
  }
  return true;
}

}  // namespace leernet::map::testing

#endif  // LEERNET_TESTS_UNIT_MAP_SVG_CHECK_H_
