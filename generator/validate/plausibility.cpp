#include "validate/plausibility.h"

#include <chrono>
#include <ctime>
#include <string>

namespace leernet {

YearRange PlausibleYears() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return {1900, utc.tm_year + 1900 + 10};
}

namespace {

bool IsStartName(const std::string& name) { return name == "start" || name == "begin" || name == "van"; }
bool IsEndName(const std::string& name) { return name == "eind" || name == "einde" || name == "tot"; }

// The year of a year or ISO date value; the validator has already checked the form.
int YearOf(const FieldValue& v) { return std::stoi(v.text.substr(0, 4)); }

bool IsDated(const FieldValue& v) {
  return v.spec && (v.spec->type == FieldType::kYear || v.spec->type == FieldType::kDate) && v.text.size() >= 4;
}

class Checker {
 public:
  Checker(const Entry& entry, YearRange years, Diagnostics& diags) : entry_(entry), years_(years), diags_(diags) {}

  void Check(const FieldValue& v, bool self_allowed) {
    if (!v.spec) return;
    switch (v.spec->type) {
      case FieldType::kYear:
      case FieldType::kDate:
        CheckYear(v);
        break;
      case FieldType::kRef:
        if (!self_allowed) CheckNotSelf(v);
        break;
      case FieldType::kList:
        for (const FieldValue& item : v.items) Check(item, self_allowed);
        break;
      case FieldType::kObject:
        for (const NamedFieldValue& f : v.fields) Check(f.second, self_allowed);
        CheckPeriod(v);
        break;
      default:
        break;
    }
  }

 private:
  void CheckYear(const FieldValue& v) {
    if (!IsDated(v)) return;
    int year = YearOf(v);
    if (year >= years_.first && year <= years_.last) return;
    diags_.Error(entry_.path, v.pos,
                 Say("jaartal {0} in veld '{1}' is niet aannemelijk", "year {0} in field '{1}' is not plausible",
                     {std::to_string(year), v.spec->name}),
                 Say("verwacht een jaar van {0} tot en met {1}; is het een tikfout?",
                     "expected a year from {0} to {1}; is it a typing error?",
                     {std::to_string(years_.first), std::to_string(years_.last)}));
  }

  void CheckNotSelf(const FieldValue& v) {
    if (v.spec->ref_kind != entry_.kind || v.text != entry_.slug) return;
    diags_.Error(entry_.path, v.pos,
                 Say("veld '{0}' verwijst naar dit item zelf ('{1}')",
                     "field '{0}' refers to this entry itself ('{1}')", {v.spec->name, v.text}),
                 Say("verwijs naar een ander item, of haal de verwijzing weg",
                     "refer to another entry, or remove the reference"));
  }

  // A period in one object: the end may equal the start (a one-year project), not precede it.
  void CheckPeriod(const FieldValue& object) {
    const FieldValue* start = nullptr;
    const FieldValue* end = nullptr;
    for (const NamedFieldValue& f : object.fields) {
      if (IsStartName(f.first) && IsDated(f.second)) start = &f.second;
      if (IsEndName(f.first) && IsDated(f.second)) end = &f.second;
    }
    if (!start || !end) return;
    // ISO dates and years compare as text once both have the same form; else by year.
    bool same_form = start->spec->type == end->spec->type;
    bool before = same_form ? end->text < start->text : YearOf(*end) < YearOf(*start);
    if (!before) return;
    diags_.Error(entry_.path, end->pos,
                 Say("'{0}: {1}' ligt vóór '{2}: {3}'", "'{0}: {1}' is before '{2}: {3}'",
                     {end->spec->name, end->text, start->spec->name, start->text}),
                 Say("een periode eindigt niet voor zij begint: zijn de jaartallen omgewisseld?",
                     "a period cannot end before it starts: are the years swapped?"));
  }

  const Entry& entry_;
  YearRange years_;
  Diagnostics& diags_;
};

}  // namespace

void CheckPlausibility(const std::vector<Entry>& entries, const Schema& schema, YearRange years, Diagnostics& diags) {
  for (const Entry& entry : entries) {
    const KindSpec* kind = schema.FindKind(entry.kind);
    Checker checker(entry, years, diags);
    for (const auto& [name, value] : entry.fields) checker.Check(value, kind && kind->IsCommon(name));
  }
}

}  // namespace leernet
