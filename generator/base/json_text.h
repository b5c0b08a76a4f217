// JSON text for files the browser loads (search store, facet data, exports). Escapes <, >, &
// and the line separators too, so the text is also safe inside a <script> element.
// Written by hand because these files are built by string appends in one pass; nlohmann-json
// stays in jsonschema/ (one module per library), and the lunr index has its own writer
// (search/json_text.h) because it must match JSON.stringify byte for byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace leernet {

/// A quoted JSON string.
std::string JsonString(std::string_view text);

/// ["a","b"] of strings.
std::string JsonStringArray(const std::vector<std::string>& items);

}  // namespace leernet
