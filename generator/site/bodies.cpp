#include "site/bodies.h"

#include <map>

#include "site/site_model.h"

namespace leernet {

std::vector<RenderedMarkdown> RenderBodies(const std::vector<Entry>& entries, const Schema& schema,
                                           Diagnostics& diags, bool allow_raw_html) {
  std::map<std::string, std::string> page_of_file;
  for (const Entry& e : entries) page_of_file[e.rel_path] = EntryUrl(*schema.FindKind(e.kind), e.slug);
  PageOfFile lookup = [&](const std::string& rel) -> std::optional<std::string> {
    auto it = page_of_file.find(rel);
    if (it == page_of_file.end()) return std::nullopt;
    return it->second;
  };
  MarkdownOptions options;
  options.allow_raw_html = allow_raw_html;
  options.root = "../../";  // entry pages live at <folder>/<slug>/index.html
  std::vector<RenderedMarkdown> out;
  out.reserve(entries.size());
  for (const Entry& e : entries) {
    MarkdownSource source{e.body, e.path, e.rel_path, e.body_line};
    out.push_back(RenderMarkdown(source, lookup, options, diags));
  }
  return out;
}

}  // namespace leernet
