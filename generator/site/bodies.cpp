#include "site/bodies.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/parallel.h"
#include "base/text.h"
#include "site/site_model.h"

namespace leernet {

namespace {

// Ids the default theme's entry page gives its own parts: the skip link's target, the header,
// the search box, the strings for scripts and the worksheet's heading. A heading of the body
// with the same text gets a number instead of taking the id.
const std::vector<std::string> kPageIds = {"inhoud", "top-of-page", "zoekvak", "leernet-strings", "h-werkblad"};

}  // namespace

std::vector<RenderedMarkdown> RenderBodies(const std::vector<Entry>& entries, const Schema& schema, Diagnostics& diags,
                                           int jobs, bool allow_raw_html, const std::vector<SourceEntry>& unreadable,
                                           const std::vector<MediaFile>& media) {
  std::map<std::string, std::string> page_of_file;
  for (const Entry& e : entries) page_of_file[e.rel_path] = EntryUrl(*schema.FindKind(e.kind), e.slug);
  for (const SourceEntry& e : unreadable) page_of_file[e.rel_path] = EntryUrl(*schema.FindKind(e.kind), e.slug);
  std::map<std::string, std::string> site_path_of_media;
  for (const MediaFile& file : media) site_path_of_media[file.rel_path] = MediaUrl(file.rel_path);
  auto finder = [](const std::map<std::string, std::string>& table) {
    return [&table](const std::string& rel) -> std::optional<std::string> {
      auto it = table.find(rel);
      if (it == table.end()) return std::nullopt;
      return it->second;
    };
  };
  PageOfFile lookup = finder(page_of_file);
  MarkdownOptions options;
  options.allow_raw_html = allow_raw_html;
  options.root = "../../";  // entry pages live at <folder>/<slug>/index.html
  options.media_of_file = finder(site_path_of_media);
  options.reserved_ids = kPageIds;
  std::vector<RenderedMarkdown> out(entries.size());
  std::vector<Diagnostics> found(entries.size());
  ParallelFor(entries.size(), jobs, [&](size_t i) {
    const Entry& e = entries[i];
    MarkdownSource source{e.body, e.path, e.rel_path, e.body_line, e.body_indent, e.body_exact};
    out[i] = RenderMarkdown(source, lookup, options, found[i]);
  });
  for (const Diagnostics& d : found) {
    for (const Diagnostic& item : d.items()) diags.Add(item);
  }
  return out;
}

void CheckAnchors(const std::vector<Entry>& entries, const std::vector<const RenderedMarkdown*>& bodies,
                  Diagnostics& diags) {
  std::map<std::string, size_t> index_of_file;
  for (size_t i = 0; i < entries.size(); ++i) index_of_file[entries[i].rel_path] = i;
  for (size_t i = 0; i < entries.size() && i < bodies.size(); ++i) {
    for (const AnchorLink& link : bodies[i]->anchor_links) {
      auto target = index_of_file.find(link.target);
      if (target == index_of_file.end()) continue;  // an unreadable file, reported already
      const std::vector<std::string>& ids = bodies[target->second]->anchors;
      if (std::find(ids.begin(), ids.end(), link.fragment) != ids.end()) continue;
      // cmark's footnotes: their ids are made by the renderer, not by a heading.
      if (link.fragment.rfind("fn-", 0) == 0 || link.fragment.rfind("fnref-", 0) == 0) continue;
      bool same_page = target->second == i;
      Message hint =
          ids.empty()
              ? (same_page
                     ? Say("deze pagina heeft geen koppen om naar te linken", "this page has no headings to link to")
                     : Say("die pagina heeft geen koppen om naar te linken; link naar de "
                           "pagina zelf",
                           "that page has no headings to link to; link to the page itself"))
              : (same_page ? Say("koppen op deze pagina: {0}", "headings on this page: {0}", {JoinNames(ids)})
                           : Say("koppen op die pagina: {0}", "headings on that page: {0}", {JoinNames(ids)}));
      diags.Error(entries[i].path, link.pos,
                  Say("link naar '{0}': de pagina heeft geen kop '#{1}'",
                      "link to '{0}': the page has no heading '#{1}'", {link.url, link.fragment}) +
                      DidYouMeanSuffix(link.fragment, ids),
                  hint);
    }
  }
}

void CheckAnchors(const std::vector<Entry>& entries, const std::vector<RenderedMarkdown>& bodies, Diagnostics& diags) {
  std::vector<const RenderedMarkdown*> pointers;
  for (const RenderedMarkdown& body : bodies) pointers.push_back(&body);
  CheckAnchors(entries, pointers, diags);
}

}  // namespace leernet
