// Maps the path of an HTTP request to a file of the built site, and names its content type.
// Pure functions over strings: nothing here knows the HTTP library or the disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace leernet::serve {

/// The site file a request target names: the path part is percent-decoded once, `/` becomes
/// `index.html` and `/dir/` becomes `dir/index.html`. nullopt for anything that is not a plain
/// relative file path after decoding: `.` or `..` segments (also when encoded), empty
/// segments, NUL and control bytes, backslashes, malformed escapes.
std::optional<std::string> ResolveRequestPath(std::string_view target);

/// The Content-Type for a site file, chosen by its extension; text types carry charset=utf-8.
std::string ContentTypeFor(std::string_view path);

}  // namespace leernet::serve
