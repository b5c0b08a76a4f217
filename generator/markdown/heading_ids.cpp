#include "markdown/heading_ids.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "base/text.h"
#include "markdown/markdown.h"

namespace leernet {

namespace {

// U+00C0..U+00FF without their accents; '-' where no ASCII letter fits.
constexpr std::string_view kLatin1Folded =
    "aaaaaaaceeeeiiiidnooooo-ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo-ouuuuyty";

// The marker starts with a control character, which the loader refuses in any content file,
// so no text an editor wrote can look like one.
constexpr char kMarkerStart = '\x02';
constexpr char kMarkerEnd = '\x03';

std::string HeadingText(cmark_node* heading) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(heading);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
      const char* literal = cmark_node_get_literal(node);
      if (literal) text += literal;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      text += ' ';
    }
  }
  cmark_iter_free(iter);
  return text;
}

}  // namespace

std::string HeadingId(std::string_view text) {
  std::string id;
  bool gap = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char out = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out = static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      out = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0xBF) {
        out = kLatin1Folded[next - 0x80];
        ++i;
      }
    }
    if (out == 0 || out == '-') {
      gap = true;
      continue;
    }
    if (gap && !id.empty()) id += '-';
    gap = false;
    id += out;
  }
  return id.empty() ? "kop" : id;
}

namespace markdown_internal {

std::vector<std::string> MarkHeadings(cmark_node* doc, const std::vector<std::string>& reserved, bool mark) {
  std::vector<cmark_node*> headings;
  cmark_iter* iter = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) headings.push_back(node);
  }
  cmark_iter_free(iter);

  std::set<std::string> taken(reserved.begin(), reserved.end());
  std::vector<std::string> ids;
  for (size_t i = 0; i < headings.size(); ++i) {
    std::string base = HeadingId(HeadingText(headings[i]));
    std::string id = base;
    for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
    taken.insert(id);
    ids.push_back(id);
    if (!mark) continue;
    cmark_node* marker = cmark_node_new(CMARK_NODE_TEXT);
    std::string literal = kMarkerStart + std::to_string(i) + kMarkerEnd;
    cmark_node_set_literal(marker, literal.c_str());
    cmark_node_prepend_child(headings[i], marker);
  }
  return ids;
}

std::string PutHeadingIds(const std::string& html, const std::vector<std::string>& ids) {
  std::string out;
  out.reserve(html.size() + ids.size() * 24);
  size_t at = 0;
  for (size_t start; (start = html.find(kMarkerStart, at)) != std::string::npos;) {
    size_t end = html.find(kMarkerEnd, start);
    if (end == std::string::npos) break;
    size_t index = 0;
    bool digits = end > start + 1;
    for (size_t i = start + 1; i < end && digits; ++i) {
      digits = html[i] >= '0' && html[i] <= '9' && index < ids.size();
      index = index * 10 + static_cast<size_t>(html[i] - '0');
    }
    // The marker is the heading's first text, right after "<hN>".
    std::string_view before(html.data() + at, start - at);
    if (digits && !before.empty() && before.back() == '>' && index < ids.size()) {
      before.remove_suffix(1);
      out += before;
      out += " id=\"";
      AppendEscapedMarkup(out, ids[index]);
      out += "\">";
    } else {
      out += before;
      out.append(html, start, end + 1 - start);  // not a marker: the text as it was
    }
    at = end + 1;
  }
  out.append(html, at, std::string::npos);
  return out;
}

}  // namespace markdown_internal
}  // namespace leernet
