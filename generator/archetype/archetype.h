// The text of a new entry file for `leernet new KIND SLUG`, made from the kind's schema or taken
// from a theme's `archetypes/<kind>.md`. Knows the schema and YAML syntax; reads and writes
// nothing: the caller checks that the file does not exist yet and writes it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "schema/schema.h"

namespace leernet {

struct ArchetypeOptions {
  /// Existing slugs per kind: a required reference gets the first one, so the new entry passes
  /// `leernet check` as it is.
  std::map<std::string, std::vector<std::string>> slugs;
  /// Path of the kind's JSON Schema relative to the new file, for the
  /// `# yaml-language-server: $schema=` line; empty: no such line.
  std::string json_schema_path;
  /// "YYYY-MM-DD" for date and year placeholders; empty: 2000-01-01, so output stays stable.
  std::string today;
  /// The theme's archetypes/<kind>.md, used instead of the generated text. `{{slug}}`,
  /// `{{title}}`, `{{date}}` and `{{schema}}` in it are replaced.
  std::optional<std::string> theme_archetype;
};

struct NewEntryFile {
  std::string path;  // relative to the content folder: "<folder>/<slug>.md"
  std::string text;
  Message error;  // unknown kind or invalid slug; then path and text are empty
};

NewEntryFile MakeNewEntry(const Schema& schema, const std::string& kind, const std::string& slug,
                          const ArchetypeOptions& options);

/// "Veilig samen" from "veilig-samen": a first title to change.
std::string TitleFromSlug(const std::string& slug);

}  // namespace leernet
