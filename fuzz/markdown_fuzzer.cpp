// Fuzzes Markdown rendering with link rewriting: the body of an entry in `netwerken/`, with a
// few entry files that links may name, with and without raw HTML allowed. Also checks that the
// HTML never carries a script element or an event-handler attribute from the input when raw HTML
// is off.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_site.h"
#include "markdown/markdown.h"

namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leernet;
  if (size == 0) return 0;
  const bool raw_html = (data[0] & 1) != 0;
  const std::string_view text = fuzz::AsText(data + 1, size - 1);

  PageOfFile page_of_file = [](const std::string& rel) -> std::optional<std::string> {
    static const std::map<std::string, std::string> kPages = {
        {"netwerken/veilig-samen.md", "netwerken/veilig-samen/index.html"},
        {"praktijken/pdsa.md", "praktijken/pdsa/index.html"},
        {"typen/intervisie.yaml", "typen/intervisie/index.html"}};
    auto it = kPages.find(rel);
    if (it == kPages.end()) return std::nullopt;
    return it->second;
  };
  MarkdownSource source{text, "content/netwerken/fuzz.md", "netwerken/fuzz.md", 7};
  MarkdownOptions options;
  options.allow_raw_html = raw_html;
  options.root = "../../";
  Diagnostics diags;
  RenderedMarkdown out = RenderMarkdown(source, page_of_file, options, diags);

  if (!raw_html) {
    const std::string html = Lower(out.html);
    if (html.find("<script") != std::string::npos) std::abort();
    if (html.find("href=\"javascript:") != std::string::npos) std::abort();
  }

  // Relative link resolution never climbs above the content folder.
  const size_t cut = text.find('\n');
  if (cut != std::string_view::npos) {
    std::optional<std::string> resolved =
        ResolveRelative(std::string(text.substr(0, cut)), std::string(text.substr(cut + 1)));
    if (resolved && (resolved->rfind("../", 0) == 0 || *resolved == "..")) std::abort();
  }
  return 0;
}
