#include "site/bodies.h"

#include <map>

#include "base/parallel.h"
#include "site/site_model.h"

namespace leernet {

std::vector<RenderedMarkdown> RenderBodies(const std::vector<Entry>& entries, const Schema& schema, Diagnostics& diags,
                                           int jobs, bool allow_raw_html, const std::vector<SourceEntry>& unreadable) {
  std::map<std::string, std::string> page_of_file;
  for (const Entry& e : entries) page_of_file[e.rel_path] = EntryUrl(*schema.FindKind(e.kind), e.slug);
  for (const SourceEntry& e : unreadable) page_of_file[e.rel_path] = EntryUrl(*schema.FindKind(e.kind), e.slug);
  PageOfFile lookup = [&](const std::string& rel) -> std::optional<std::string> {
    auto it = page_of_file.find(rel);
    if (it == page_of_file.end()) return std::nullopt;
    return it->second;
  };
  MarkdownOptions options;
  options.allow_raw_html = allow_raw_html;
  options.root = "../../";  // entry pages live at <folder>/<slug>/index.html
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

}  // namespace leernet
