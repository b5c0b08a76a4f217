// The editor's commands besides build and check: `leernet schema` writes JSON Schemas for
// editors' YAML tooling, `leernet new` starts an entry from its kind's archetype.
#pragma once

#include <string>
#include <vector>

#include "base/message.h"

namespace leernet {

/// Writes `<kind>.schema.json` files into `json_schema_dir` (when set) and the raw fields of
/// every entry as JSON into `dump_fields` (when set). Returns an exit code.
int RunSchemaCommand(const std::string& source, const std::string& json_schema_dir, const std::string& dump_fields,
                     Lang lang);

/// Writes `<source>/<folder>/<slug>.md` for a new entry of `kind`, never over an existing one,
/// and refreshes `<source>/_schemas/`. `theme_dirs`: default theme first, a site theme last.
int RunNewCommand(const std::string& source, const std::vector<std::string>& theme_dirs, const std::string& kind,
                  const std::string& slug, Lang lang);

/// `leernet new --list`: every kind of the schema, one a line: its name, its folder and its
/// description (the schema's `intro`, else its label). Returns an exit code.
int RunListKindsCommand(const std::string& source, Lang lang);

}  // namespace leernet
