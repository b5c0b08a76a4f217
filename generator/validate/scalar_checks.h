// Checks of single values against their declared type: one function per rule, each returning
// the message to show, or an empty Message when the value is fine.
#pragma once

#include <string>

#include "base/message.h"
#include "base/value.h"
#include "schema/schema.h"

namespace leernet {

/// Empty when `text` is a valid value of `spec` (a scalar type), else the message.
Message CheckScalar(const FieldSpec& spec, const std::string& text, bool quoted);

/// What the field expects, for messages: "a whole number", "one of: a, b".
Message Expected(const FieldSpec& spec);

/// "a, b and c" of an object's field names.
std::string FieldList(const FieldSpec& spec);

}  // namespace leernet
