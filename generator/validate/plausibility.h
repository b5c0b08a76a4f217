// Values that have the right type but cannot be true: a year long before the networks existed
// or far in the future, a period that ends before it starts, an entry that refers to itself.
// The schema has no words for these, so the checks go by field type and by the names a period
// is written with (start/begin/van, eind/einde/tot) in one object. A self-reference in a common
// field is allowed: that is how a source document's own entry cites the place of its facts.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "schema/schema.h"
#include "validate/entry.h"

namespace leernet {

/// The range a year (or the year of a date) must fall in to be plausible.
struct YearRange {
  int first = 1900;
  int last = 0;  // set from the current year by the caller
};

/// The current calendar year plus ten: plans and end dates may lie ahead, not centuries ahead.
YearRange PlausibleYears();

void CheckPlausibility(const std::vector<Entry>& entries, const Schema& schema, YearRange years, Diagnostics& diags);

}  // namespace leernet
