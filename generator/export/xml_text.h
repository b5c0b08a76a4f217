// Escaping for XML text and attribute values in the feed and the sitemap.
#pragma once

#include <string>
#include <string_view>

namespace leernet {

/// Escapes & < > " ' and drops the control characters XML 1.0 forbids (all below U+0020 but
/// tab, line feed and carriage return), so that any entry text yields well-formed XML.
std::string EscapeXml(std::string_view text);

}  // namespace leernet
