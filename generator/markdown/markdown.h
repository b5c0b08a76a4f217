// The only module that includes cmark-gfm. It renders an entry's Markdown body to HTML and to
// plain text for search, and turns relative links to other entries' files into page links.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace leernet {

struct RenderedMarkdown {
  std::string html;
  std::string plain_text;
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
};

RenderedMarkdown RenderMarkdown(const MarkdownSource& source, const PageOfFile& page_of_file,
                                const MarkdownOptions& options, Diagnostics& diags);

/// Resolves `link` relative to the folder of `from` ("a/b.md" + "../c.md" = "c.md").
/// nullopt when it climbs above the content folder.
std::optional<std::string> ResolveRelative(const std::string& from, const std::string& link);

}  // namespace leernet
