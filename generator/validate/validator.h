// Checks every entry against the schema and every reference against the loaded entries.
// Reports all problems. Returns every entry, typed, with the fields that passed, so that later
// stages (Markdown links) can still report their own problems; the pipeline stops on errors
// before anything is rendered.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "load/content_loader.h"
#include "schema/schema.h"
#include "validate/entry.h"

namespace leernet {

std::vector<Entry> ValidateEntries(const LoadedContent& content, const Schema& schema, Diagnostics& diags);

}  // namespace leernet
