#include "validate/scalar_checks.h"

#include <algorithm>
#include <cctype>

#include "base/diagnostics.h"
#include "base/text.h"

namespace leernet {

namespace {

bool AllDigits(const std::string& s, size_t from = 0) {
  return s.size() > from && std::all_of(s.begin() + from, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)) || !AllDigits(s.substr(8, 2))) return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  int max = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  return d <= max;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

Message Expected(const FieldSpec& spec) {
  switch (spec.type) {
    case FieldType::kInt:
      return Say("een geheel getal", "a whole number");
    case FieldType::kYear:
      return Say("een jaartal zoals 2024", "a year such as 2024");
    case FieldType::kDate:
      return Say("een datum als JJJJ-MM-DD", "a date as YYYY-MM-DD");
    case FieldType::kUrl:
      return Say("een webadres dat begint met https://", "a web address starting with https://");
    case FieldType::kBool:
      return Say("true of false", "true or false");
    case FieldType::kEnum:
      return Say("een van: {0}", "one of: {0}", {Join(spec.values)});
    case FieldType::kRef:
      return Say("de slug van een {0}", "the slug of a {0}", {spec.ref_kind});
    case FieldType::kList:
      return Say("een lijst", "a list");
    case FieldType::kObject:
      return Say("een groep velden met {0}", "a map of {0}", {FieldList(spec)});
    default:
      return Say("tekst", "text");
  }
}

std::string FieldList(const FieldSpec& spec) {
  std::vector<std::string> names;
  for (const FieldSpec& f : spec.fields) names.push_back(f.name);
  return Join(names);
}

Message CheckScalar(const FieldSpec& spec, const std::string& text, bool quoted) {
  // YAML escapes ("\e") can put control characters into a value that the file does not show.
  if (std::optional<size_t> at = FindControlCharacter(text)) {
    return Say("veld '{0}' bevat een stuurteken; haal het weg", "field '{0}' contains a control character; remove it",
               {spec.name});
  }
  const std::string found = "'" + text + "'";
  const std::string& name = spec.name;
  switch (spec.type) {
    case FieldType::kString:
    case FieldType::kMarkdown:
      return {};
    case FieldType::kInt:
      if (!quoted && (AllDigits(text) || (text.size() > 1 && text[0] == '-' && AllDigits(text, 1))) &&
          text.size() <= 15) {
        return {};
      }
      if (!quoted && (AllDigits(text) || (text.size() > 1 && text[0] == '-' && AllDigits(text, 1)))) {
        return Say("veld '{0}' heeft een getal dat te groot is: {1}", "field '{0}' has a number too large to use: {1}",
                   {name, found});
      }
      return Say("veld '{0}' verwacht een geheel getal, gevonden: {1}", "field '{0}' expects a whole number, found {1}",
                 {name, found});
    case FieldType::kYear:
      if (!quoted && text.size() == 4 && AllDigits(text)) return {};
      return Say("veld '{0}' verwacht een jaartal zoals 2024, gevonden: {1}",
                 "field '{0}' expects a year such as 2024, found {1}", {name, found});
    case FieldType::kDate:
      if (IsDate(text)) return {};
      return Say("veld '{0}' verwacht een datum als JJJJ-MM-DD, gevonden: {1}",
                 "field '{0}' expects a date as YYYY-MM-DD, found {1}", {name, found});
    case FieldType::kUrl: {
      std::string lower = Lower(text);
      bool web = lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0 || lower.rfind("mailto:", 0) == 0;
      if (web && IsSafeUrl(text) && text.find_first_of(" \t\n<>\"") == std::string::npos) return {};
      return Say("veld '{0}' verwacht een webadres dat begint met https:// of http://, gevonden: {1}",
                 "field '{0}' expects a web address starting with https:// or http://, found {1}", {name, found});
    }
    case FieldType::kBool:
      if (!quoted && (text == "true" || text == "false")) return {};
      return Say("veld '{0}' verwacht true of false, gevonden: {1}", "field '{0}' expects true or false, found {1}",
                 {name, found});
    case FieldType::kEnum:
      if (std::find(spec.values.begin(), spec.values.end(), text) != spec.values.end()) return {};
      return Say("{0} is geen waarde van veld '{1}'", "{0} is not a value of field '{1}'", {found, name}) +
             DidYouMeanSuffix(text, spec.values) +
             Say("; kies een van: {0}", "; expected one of: {0}", {Join(spec.values)});
    case FieldType::kRef:
      if (!text.empty()) return {};
      return Say("veld '{0}' verwacht de slug van een {1}", "field '{0}' expects the slug of a {1}",
                 {name, spec.ref_kind});
    case FieldType::kList:
    case FieldType::kObject:
      return {};
  }
  return {};
}

}  // namespace leernet
