// Splits an entry file into its fields and its Markdown body.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "load/content_loader.h"

namespace leernet {

/// `slug.md`: a '---' line, YAML front matter, a closing '---' line, then the body.
bool SplitMarkdownEntry(const std::string& text, const std::string& path, SourceEntry& entry,
                        Diagnostics& diags);

/// `slug.yaml`: fields only; an optional `body` field holds the Markdown body.
bool ReadYamlEntry(const std::string& text, const std::string& path, SourceEntry& entry,
                   Diagnostics& diags);

}  // namespace leernet
