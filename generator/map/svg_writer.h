// Text and attribute escaping for the SVG the map writes, plus the few helpers that keep
// element writing short. Everything appends to a std::string: the map is built in one pass
// and a string is the cheapest deterministic sink.
#ifndef LEERNET_MAP_SVG_WRITER_H_
#define LEERNET_MAP_SVG_WRITER_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace leernet::map {

// Appends `text` escaped for XML text and for attribute values in either quote style:
// & < > " ' become entities. Characters XML 1.0 forbids (most C0 controls) and invalid
// UTF-8 become U+FFFD, so a hostile or broken title can never make the SVG ill-formed.
void AppendEscaped(std::string& out, std::string_view text);
std::string EscapeXml(std::string_view text);

// Percent-encodes everything outside RFC 3986 "unreserved", for keys put into the
// fragment of an overflow link; slugs pass through unchanged.
std::string PercentEncode(std::string_view text);

// Joins the parts in one allocation. Used instead of chains of operator+, which g++ 12
// at -O2 flags with a false -Wrestrict (an error under -Werror).
std::string Concat(std::initializer_list<std::string_view> parts);

// The viewBox attribute for a drawing of this size.
void AppendViewBox(std::string& out, int width, int height);

// ` name="value"` with the value escaped.
void AppendAttr(std::string& out, std::string_view name, std::string_view value);
// ` name="123"`: coordinates are integers so output is identical on every platform.
void AppendAttr(std::string& out, std::string_view name, int value);

// Appends `<tag` + x/y/width/height attributes; the caller closes the tag.
void AppendRectStart(std::string& out, int x, int y, int width, int height);

}  // namespace leernet::map

#endif  // LEERNET_MAP_SVG_WRITER_H_
