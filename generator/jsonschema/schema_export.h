// What `leernet schema` and `leernet new` need from a content folder without validating it: the
// schema, the slugs that exist, the JSON Schemas and the raw fields of every entry.
#pragma once

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "jsonschema/json_schema.h"
#include "schema/schema.h"

namespace leernet {

struct SchemaExport {
  Schema schema;
  SlugsByKind slugs;
  std::map<std::string, std::string> schemas;  // "<kind>.schema.json" -> text
  std::string fields_dump;                     // FieldsDump of every entry that could be read
  std::map<std::string, std::string> texts;    // source texts, for excerpts in messages
};

/// Reads `<source>/schema.yaml` and the entries. Problems with the schema are errors; an entry
/// that cannot be read is reported and left out, the rest is still exported.
SchemaExport LoadSchemaExport(const FileSystem& fs, const std::string& source, Diagnostics& diags);

}  // namespace leernet
