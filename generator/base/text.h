// Small text helpers shared by the stages: UTF-8 checks, slugs, HTML escaping.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace leernet {

/// Position of the first byte that is not valid UTF-8, or nullopt when all of it is valid.
std::optional<Position> FindInvalidUtf8(std::string_view text);

/// Offset of the first control character other than tab, line feed and carriage return.
std::optional<size_t> FindControlCharacter(std::string_view text);

/// Lowercase ASCII letters and digits in groups joined by single hyphens.
bool IsValidSlug(std::string_view slug);

/// "a, b, c": names in a hint.
std::string JoinNames(const std::vector<std::string>& names);

/// The entity for one of the five characters markup must escape (& < > " '), or "" for any other
/// byte. The apostrophe is "&#39;" for HTML; XML writers (feeds, the map's SVG) and the template
/// engine, which matches its reference renderer byte for byte, pass kXmlApostrophe.
inline constexpr std::string_view kHtmlApostrophe = "&#39;";
inline constexpr std::string_view kXmlApostrophe = "&apos;";
std::string_view MarkupEntity(char c, std::string_view apostrophe = kHtmlApostrophe);

/// Appends text with & < > " ' replaced by their entities; every other byte as it is.
void AppendEscapedMarkup(std::string& out, std::string_view text, std::string_view apostrophe = kHtmlApostrophe);

/// Escapes & < > " ' for HTML text and attributes.
std::string EscapeHtml(std::string_view text);

/// The first `max_bytes` of UTF-8 text, cut back to a word boundary when possible.
std::string TruncateUtf8(std::string_view text, size_t max_bytes);

/// Line and column (bytes, 1-based) of a byte offset.
Position PositionOfOffset(std::string_view text, size_t offset);

/// True for links a reader may follow: http(s), mailto, and relative paths; never javascript: or data:.
bool IsSafeUrl(std::string_view url);

}  // namespace leernet
