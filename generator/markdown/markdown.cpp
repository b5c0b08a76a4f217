// Uses cmark-gfm 0.29 (Debian's libcmark-gfm) with the GFM extensions table, strikethrough,
// autolink, tasklist and tagfilter.
#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "base/text.h"
#include "markdown/heading_ids.h"

namespace leernet {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

std::string TakeString(char* s) {
  std::string out = s ? s : "";
  free(s);
  return out;
}

bool HasScheme(const std::string& url) {
  size_t colon = url.find(':');
  size_t sep = url.find_first_of("/?#");
  return colon != std::string::npos && (sep == std::string::npos || colon < sep);
}

bool EndsWith(const std::string& s, const char* suffix) {
  std::string e(suffix);
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

Position LinkPosition(cmark_node* node, const MarkdownSource& source) {
  if (!source.exact) return {source.first_line, 0};
  const int first_line = source.first_line;
  int line = cmark_node_get_start_line(node);
  int col = cmark_node_get_start_column(node);
  for (cmark_node* p = node; line == 0 && p; p = cmark_node_parent(p)) {
    line = cmark_node_get_start_line(p);
    col = cmark_node_get_start_column(p);
  }
  return {first_line + std::max(line, 1) - 1, std::max(col, 1) + source.indent};
}

class LinkRewriter {
 public:
  LinkRewriter(const MarkdownSource& source, const PageOfFile& page_of_file, const MarkdownOptions& options,
               Diagnostics& diags)
      : source_(source), page_of_file_(page_of_file), options_(options), diags_(diags) {}

  void Visit(cmark_node* node) {
    const char* raw = cmark_node_get_url(node);
    std::string url = raw ? raw : "";
    bool is_link = cmark_node_get_type(node) == CMARK_NODE_LINK;
    if (!IsSafeUrl(url)) {
      diags_.Error(source_.path, LinkPosition(node, source_),
                   Say("link naar '{0}' geweigerd: alleen http-, https-, mailto- en relatieve links zijn toegestaan",
                       "link to '{0}' is refused: only http, https, mailto and relative links are allowed", {url}));
      cmark_node_set_url(node, "");
      return;
    }
    if (url.empty() || HasScheme(url)) return;
    if (url[0] == '#') {
      if (is_link) anchor_links_.push_back({source_.rel_path, url.substr(1), url, LinkPosition(node, source_)});
      return;
    }
    if (url[0] == '/') {
      diags_.Warning(source_.path, LinkPosition(node, source_),
                     Say("absolute link '{0}' werkt niet als de site uit een bestand of een submap wordt geopend; "
                         "link in plaats daarvan naar het .md-bestand van het item",
                         "absolute link '{0}' breaks when the site is opened from a file or a sub-path; "
                         "link to the entry's .md file instead",
                         {url}));
      return;
    }
    size_t cut = url.find_first_of("?#");
    std::string file = url.substr(0, cut);
    std::string fragment = cut == std::string::npos ? "" : url.substr(cut);
    if (file.empty()) return;
    std::optional<std::string> target = ResolveRelative(source_.rel_path, file);
    if (!target) {
      diags_.Error(source_.path, LinkPosition(node, source_),
                   Say("link naar '{0}' gaat buiten de map content", "link to '{0}' leaves the content folder", {url}),
                   Say("link alleen naar items in de map content", "link only to entries inside the content folder"));
      return;
    }
    bool entry_file = EndsWith(file, ".md") || EndsWith(file, ".yaml") || EndsWith(file, ".yml");
    if (!entry_file) {
      VisitFile(node, url, *target, fragment, is_link);
      return;
    }
    if (!is_link) return;
    std::optional<std::string> page = page_of_file_(*target);
    if (!page) {
      diags_.Error(source_.path, LinkPosition(node, source_),
                   Say("link naar '{0}' past bij geen enkel item", "link to '{0}' does not match any entry", {url}),
                   Say("controleer de bestandsnaam; de link is relatief aan dit bestand, bijvoorbeeld "
                       "'../netwerken/slug.md'",
                       "check the file name; the link is relative to this file, e.g. '../netwerken/slug.md'"));
      return;
    }
    if (fragment.size() > 1 && fragment[0] == '#') {
      anchor_links_.push_back({*target, fragment.substr(1), url, LinkPosition(node, source_)});
    }
    std::string rewritten = options_.root + *page + fragment;
    cmark_node_set_url(node, rewritten.c_str());
  }

  std::vector<AnchorLink> TakeAnchorLinks() { return std::move(anchor_links_); }

 private:
  // A relative link or image that is not an entry file: an image or attachment of content/,
  // published beside the pages, or a mistake the editor hears of here.
  void VisitFile(cmark_node* node, const std::string& url, const std::string& target, const std::string& fragment,
                 bool is_link) {
    std::optional<std::string> media = options_.media_of_file ? options_.media_of_file(target) : std::nullopt;
    if (media) {
      std::string rewritten = options_.root + *media + fragment;
      cmark_node_set_url(node, rewritten.c_str());
      if (!is_link && !cmark_node_first_child(node)) {
        diags_.Warning(source_.path, LinkPosition(node, source_),
                       Say("afbeelding '{0}' heeft geen beschrijving", "image '{0}' has no description", {url}),
                       Say("zet tussen de haken wat er te zien is, voor wie de afbeelding niet ziet: "
                           "![beschrijving]({0})",
                           "say between the brackets what it shows, for readers who cannot see it: "
                           "![description]({0})",
                           {url}));
      }
      return;
    }
    bool has_extension = target.find('.', target.rfind('/') + 1) != std::string::npos;
    if (!is_link) {
      diags_.Error(
          source_.path, LinkPosition(node, source_),
          Say("afbeelding '{0}' staat niet in de map content", "image '{0}' is not in the content folder", {url}),
          Say("zet de afbeelding naast dit bestand of in media/ en controleer de naam; de link is relatief "
              "aan dit bestand",
              "put the image next to this file or in media/ and check the name; the link is relative to "
              "this file"));
    } else if (has_extension) {
      diags_.Error(source_.path, LinkPosition(node, source_),
                   Say("bestand '{0}' staat niet in de map content", "file '{0}' is not in the content folder", {url}),
                   Say("zet het bestand naast dit bestand of in media/ en controleer de naam; de link is relatief "
                       "aan dit bestand",
                       "put the file next to this file or in media/ and check the name; the link is relative to "
                       "this file"));
    } else {
      const char* entry_ext = page_of_file_(target + ".md")     ? ".md"
                              : page_of_file_(target + ".yaml") ? ".yaml"
                                                                : nullptr;
      diags_.Error(source_.path, LinkPosition(node, source_),
                   Say("link naar '{0}' wijst niet naar een item of bestand",
                       "link to '{0}' does not point to an "
                       "entry or a file",
                       {url}),
                   entry_ext ? Say("link naar het bestand van het item: '{0}'", "link to the entry's file: '{0}'",
                                   {url.substr(0, url.size() - fragment.size()) + entry_ext})
                             : Say("link naar het .md-bestand van het item, bijvoorbeeld '../praktijken/pdsa.md', of "
                                   "gebruik een volledige https-link",
                                   "link to the entry's .md file, e.g. '../praktijken/pdsa.md', or use a full https "
                                   "link"));
    }
  }

  const MarkdownSource& source_;
  const PageOfFile& page_of_file_;
  const MarkdownOptions& options_;
  Diagnostics& diags_;
  std::vector<AnchorLink> anchor_links_;
};

// A task list item is a statement about the text, not a form control: an unlabelled disabled
// checkbox only confuses screen readers, so it becomes a ballot-box character.
std::string ReplaceTaskBoxes(std::string html) {
  const std::pair<std::string, std::string> kBoxes[] = {
      {"<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ", "\u2611 "},
      {"<input type=\"checkbox\" disabled=\"\" /> ", "\u2610 "},
  };
  for (const auto& [from, to] : kBoxes) {
    for (size_t at = html.find(from); at != std::string::npos; at = html.find(from, at + to.size())) {
      html.replace(at, from.size(), to);
    }
  }
  return html;
}

}  // namespace

std::optional<std::string> ResolveRelative(const std::string& from, const std::string& link) {
  std::vector<std::string> parts;
  size_t slash = from.rfind('/');
  std::string joined = (slash == std::string::npos ? "" : from.substr(0, slash + 1)) + link;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

namespace {

const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

// The extensions for rendering, as one list that outlives every parser.
cmark_llist* RenderExtensions() {
  static cmark_llist* list = [] {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_llist* out = nullptr;
    for (const char* name : kExtensions) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
        out = cmark_llist_append(cmark_get_default_mem_allocator(), out, ext);
      }
    }
    return out;
  }();
  return list;
}

// cmark-gfm 0.29 keeps the special characters of inline extensions (such as '~') in one
// process-wide table. Every parse adds its parser's characters to it while inline parsing runs
// (in cmark_parser_finish, and in the table extension while block parsing feeds table rows)
// and removes them afterwards, so a parse that runs while another one ends would lose
// strikethrough at random. Parsing therefore stays serialized behind this mutex; link
// rewriting and HTML and plain-text rendering read no global state and run in parallel.
std::mutex parse_mutex;

struct ThreadParser {
  std::unique_ptr<cmark_parser, ParserDeleter> parser;
  int flags = -1;
};

// One parser per thread, made on first use and reused for every later document with the same
// flags: cmark_parser_finish resets a parser but keeps its attached extensions.
cmark_parser* ParserFor(int flags) {
  thread_local ThreadParser mine;
  if (!mine.parser || mine.flags != flags) {
    RenderExtensions();  // registers the core extensions once, before any lookup
    mine.parser.reset(cmark_parser_new(flags));
    mine.flags = flags;
    for (const char* name : kExtensions) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
        cmark_parser_attach_syntax_extension(mine.parser.get(), ext);
      }
    }
  }
  return mine.parser.get();
}

cmark_node* Parse(std::string_view text, int flags) {
  cmark_parser* parser = ParserFor(flags);
  std::lock_guard<std::mutex> lock(parse_mutex);
  cmark_parser_feed(parser, text.data(), text.size());
  return cmark_parser_finish(parser);
}

}  // namespace

RenderedMarkdown RenderMarkdown(const MarkdownSource& source, const PageOfFile& page_of_file,
                                const MarkdownOptions& options, Diagnostics& diags) {
  cmark_llist* extensions = RenderExtensions();
  int flags = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
  if (options.allow_raw_html) flags |= CMARK_OPT_UNSAFE;
  std::unique_ptr<cmark_node, NodeDeleter> doc(Parse(source.text, flags));

  LinkRewriter rewriter(source, page_of_file, options, diags);
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(doc.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
      rewriter.Visit(node);
    }
    // Without `raw_html` cmark leaves HTML out of the page; the editor should hear of it.
    if (ev == CMARK_EVENT_ENTER && !options.allow_raw_html &&
        (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
      diags.Warning(source.path, LinkPosition(node, source),
                    Say("HTML in de tekst wordt weggelaten", "HTML in the text is left out"),
                    Say("schrijf het in Markdown, of zet 'raw_html: true' in site.yaml",
                        "write it in Markdown, or set 'raw_html: true' in site.yaml"));
    }
  }
  RenderedMarkdown out;
  out.plain_text = TakeString(cmark_render_plaintext(doc.get(), flags, 0));
  // Text that holds a marker character itself (the loader refuses it; other callers may not)
  // gets no ids in its HTML rather than ids in the wrong place.
  bool can_mark = source.text.find('\x02') == std::string_view::npos;
  out.anchors = markdown_internal::MarkHeadings(doc.get(), options.reserved_ids, can_mark);
  std::string html = TakeString(cmark_render_html(doc.get(), flags, extensions));
  out.html = ReplaceTaskBoxes(can_mark ? markdown_internal::PutHeadingIds(html, out.anchors) : html);
  out.anchor_links = rewriter.TakeAnchorLinks();
  return out;
}

}  // namespace leernet
