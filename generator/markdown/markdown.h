// The only module that includes cmark-gfm. It renders an entry's Markdown body to HTML and to
// plain text for search, and turns relative links to other entries' files into page links.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace leernet {

/// A link to a place on a page ("pdsa.md#stappen", "#stappen"), checked once every body is
/// rendered, since the target's headings are only known then.
struct AnchorLink {
  std::string target;    // content-relative file of the target entry (its own file for "#x")
  std::string fragment;  // without '#'
  std::string url;       // as written, for messages
  Position pos;
};

struct RenderedMarkdown {
  std::string html;
  std::string plain_text;
  std::vector<std::string> anchors;      // ids of the headings, in order
  std::vector<AnchorLink> anchor_links;  // links with a fragment, in order
};

struct MarkdownSource {
  std::string_view text;
  std::string path;      // for messages
  std::string rel_path;  // relative to the content folder, to resolve relative links
  int first_line = 1;    // file line of the text's first line
  int indent = 0;        // columns before the text on each line of the file
  bool exact = true;     // false: report every position as first_line (a quoted YAML string)
};

/// Maps a content-relative file path ("praktijken/casusbespreking.md") to the URL of its page
/// relative to the site root, or nullopt when no entry has that file.
using PageOfFile = std::function<std::optional<std::string>(const std::string&)>;

struct MarkdownOptions {
  bool allow_raw_html = false;
  std::string root;  // prefix from the page that shows this body to the site root
  /// Maps a content-relative path to the site path of the image or attachment there, if any.
  PageOfFile media_of_file;
  /// Ids the page around the body uses already; a heading never takes one of them.
  std::vector<std::string> reserved_ids;
};

/// The id of a heading with this text: lowercase letters and digits (accented Latin letters
/// without their accents, so that a link can be typed), joined by single hyphens.
std::string HeadingId(std::string_view text);

RenderedMarkdown RenderMarkdown(const MarkdownSource& source, const PageOfFile& page_of_file,
                                const MarkdownOptions& options, Diagnostics& diags);

/// Resolves `link` relative to the folder of `from` ("a/b.md" + "../c.md" = "c.md").
/// nullopt when it climbs above the content folder.
std::optional<std::string> ResolveRelative(const std::string& from, const std::string& link);

}  // namespace leernet
