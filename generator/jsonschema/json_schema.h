// JSON Schemas (draft-07) of the kinds in content/schema.yaml, for editors (yaml-language-server)
// and for checking content with ajv; and the raw fields of entries as JSON, typed as YAML 1.2
// reads them, so that tools without a YAML parser can validate them. Knows the schema and
// loaded entries, not how they are validated or rendered.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/value.h"
#include "load/content_loader.h"
#include "schema/schema.h"

namespace leernet {

/// Existing slugs per kind. With them, a reference field lists the slugs it may name, so that
/// an editor can complete them; without them (or for a kind with no entries) a slug pattern.
using SlugsByKind = std::map<std::string, std::vector<std::string>>;

/// "netwerk.schema.json" -> JSON Schema text, one per kind.
std::map<std::string, std::string> JsonSchemas(const Schema& schema, const SlugsByKind& slugs = {});

/// File name of a kind's JSON Schema: "<kind>.schema.json".
std::string JsonSchemaFileName(const std::string& kind);

/// A Value as JSON: unquoted scalars become numbers, booleans or null where YAML 1.2's core
/// schema reads them so; everything else is a string. Maps keep document order.
std::string ValueJson(const Value& value);

/// {"entries": [{"path", "kind", "slug", "fields": {...}}]} of every loaded entry, in load order.
/// `fields` holds the front matter as read (for a .yaml entry without its `body`).
std::string FieldsDump(const LoadedContent& content);

/// Existing slugs of each kind among loaded entries.
SlugsByKind SlugsOf(const LoadedContent& content);

}  // namespace leernet
