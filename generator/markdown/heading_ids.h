// Ids for the headings of a body, so that a link can point to a section of a page. Inside the
// Markdown module only: it works on cmark-gfm's tree.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <vector>

namespace leernet::markdown_internal {

/// Gives every heading of `doc` an id, different from each other and from `reserved`, and
/// returns them in order. Each heading gets a marker as its first text, which PutHeadingIds
/// turns into the id attribute once the tree is rendered, since cmark's HTML renderer writes
/// no attributes on headings. Render anything but the HTML before this.
/// With `mark` false only the ids are returned and the tree is left as it is.
std::vector<std::string> MarkHeadings(cmark_node* doc, const std::vector<std::string>& reserved, bool mark);

/// The rendered HTML with each marker replaced by the id attribute of its heading.
std::string PutHeadingIds(const std::string& html, const std::vector<std::string>& ids);

}  // namespace leernet::markdown_internal
