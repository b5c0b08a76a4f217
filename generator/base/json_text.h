// JSON text for files the browser loads (search store, facet data, exports). Escapes <, >, &
// and the line separators too, so the text is also safe inside a <script> element.
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
