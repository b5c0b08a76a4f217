// The only module that includes yaml-cpp. It turns YAML text into a base Value with source
// positions, and turns the library's exceptions into diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/value.h"

namespace leernet {

struct YamlLimits {
  int max_depth = 64;           // nesting of lists and maps
  size_t max_nodes = 200000;    // after aliases are expanded: guards against "billion laughs"
};

/// Parses `text`, which starts at line `first_line` of the file `path`, so that positions are
/// in file coordinates. Returns nullopt after reporting the problem when the text is not YAML
/// or breaks a limit. An empty document is a null Value.
std::optional<Value> ReadYaml(std::string_view text, const std::string& path, int first_line,
                              Diagnostics& diags, const YamlLimits& limits = {});

}  // namespace leernet
