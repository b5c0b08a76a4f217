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

std::string Expected(const FieldSpec& spec) {
  switch (spec.type) {
    case FieldType::kInt: return "a whole number";
    case FieldType::kYear: return "a year such as 2024";
    case FieldType::kDate: return "a date as YYYY-MM-DD";
    case FieldType::kUrl: return "a web address starting with https://";
    case FieldType::kBool: return "true or false";
    case FieldType::kEnum: return "one of: " + Join(spec.values);
    case FieldType::kRef: return "the slug of a " + spec.ref_kind;
    case FieldType::kList: return "a list";
    case FieldType::kObject: return "a map of " + FieldList(spec);
    default: return "text";
  }
}

std::string FieldList(const FieldSpec& spec) {
  std::vector<std::string> names;
  for (const FieldSpec& f : spec.fields) names.push_back(f.name);
  return Join(names);
}

std::string CheckScalar(const FieldSpec& spec, const std::string& text, bool quoted) {
  // YAML escapes ("\e") can put control characters into a value that the file does not show.
  if (std::optional<size_t> at = FindControlCharacter(text)) {
    return "field '" + spec.name + "' contains a control character; remove it";
  }
  const std::string found = "'" + text + "'";
  switch (spec.type) {
    case FieldType::kString:
    case FieldType::kMarkdown:
      return "";
    case FieldType::kInt:
      if (!quoted && (AllDigits(text) || (text.size() > 1 && text[0] == '-' && AllDigits(text, 1))) &&
          text.size() <= 15) {
        return "";
      }
      if (!quoted && (AllDigits(text) || (text.size() > 1 && text[0] == '-' && AllDigits(text, 1)))) {
        return "field '" + spec.name + "' has a number too large to use: " + found;
      }
      return "field '" + spec.name + "' expects a whole number, found " + found;
    case FieldType::kYear:
      if (!quoted && text.size() == 4 && AllDigits(text)) return "";
      return "field '" + spec.name + "' expects a year such as 2024, found " + found;
    case FieldType::kDate:
      if (IsDate(text)) return "";
      return "field '" + spec.name + "' expects a date as YYYY-MM-DD, found " + found;
    case FieldType::kUrl: {
      std::string lower = Lower(text);
      bool web = lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0 || lower.rfind("mailto:", 0) == 0;
      if (web && IsSafeUrl(text) && text.find_first_of(" \t\n<>\"") == std::string::npos) return "";
      return "field '" + spec.name + "' expects a web address starting with https:// or http://, found " + found;
    }
    case FieldType::kBool:
      if (!quoted && (text == "true" || text == "false")) return "";
      return "field '" + spec.name + "' expects true or false, found " + found;
    case FieldType::kEnum:
      if (std::find(spec.values.begin(), spec.values.end(), text) != spec.values.end()) return "";
      return found + " is not a value of field '" + spec.name + "'" + DidYouMeanSuffix(text, spec.values) +
             "; expected one of: " + Join(spec.values);
    case FieldType::kRef:
      return text.empty() ? "field '" + spec.name + "' expects the slug of a " + spec.ref_kind : "";
    case FieldType::kList:
    case FieldType::kObject:
      return "";
  }
  return "";
}

}  // namespace leernet
