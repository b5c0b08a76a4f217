// A theme: templates, partials, UI strings, static assets and archetypes, read from the
// default theme folder with a site's own theme folder laid over it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"

namespace leernet {

struct Theme {
  std::map<std::string, std::string> templates;   // "entry.html" -> text
  std::map<std::string, std::string> partials;    // "head" -> text
  std::map<std::string, std::string> strings;     // UI strings of the site's language
  std::map<std::string, std::string> assets;      // "style.css" -> bytes, copied to assets/
  std::map<std::string, std::string> archetypes;  // "netwerk.md" -> text
  std::map<std::string, std::string> texts;       // path -> text, for messages
};

/// Reads `dirs` in order; a file in a later folder replaces the same file of an earlier one.
Theme LoadTheme(const FileSystem& fs, const std::vector<std::string>& dirs, const std::string& language,
                Diagnostics& diags);

}  // namespace leernet
