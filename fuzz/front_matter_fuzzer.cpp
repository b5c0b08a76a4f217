// Fuzzes the reading of one entry file: front-matter splitting of `.md` files, `.yaml` entries
// and the YAML reader on its own, with tight limits so that alias bombs stay cheap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "fuzz_site.h"
#include "load/front_matter.h"
#include "yaml/yaml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leernet;
  const std::string text(fuzz::AsText(data, size));
  // Every message is formatted with its excerpt, as `leernet check` prints it.
  const SourceLookup lookup = [&](const std::string&) { return std::optional<std::string_view>(text); };

  {
    Diagnostics diags;
    SourceEntry entry;
    bool ok = SplitMarkdownEntry(text, "content/netwerken/fuzz.md", entry, diags);
    // A refused file must say why; an accepted one must leave the body inside the file.
    if (!ok && !diags.HasErrors()) std::abort();
    if (ok && entry.body.size() > text.size()) std::abort();
    for (const Diagnostic& d : diags.items()) {
      FormatDiagnostic(d, lookup, Lang::kNl);
      FormatDiagnostic(d, lookup, Lang::kEn);
    }
  }
  {
    Diagnostics diags;
    SourceEntry entry;
    bool ok = ReadYamlEntry(text, "content/netwerken/fuzz.yaml", entry, diags);
    if (!ok && !diags.HasErrors()) std::abort();
    for (const Diagnostic& d : diags.items()) {
      FormatDiagnostic(d, lookup, Lang::kNl);
      FormatDiagnostic(d, lookup, Lang::kEn);
    }
  }
  {
    Diagnostics diags;
    YamlLimits limits;
    limits.max_depth = 16;
    limits.max_nodes = 5000;
    // Positions are in the coordinates of `text`, as for a `.yaml` file, so that the excerpts
    // below are taken from the lines the messages point at.
    std::optional<Value> value = ReadYaml(text, "fuzz.yaml", 1, diags, limits);
    if (!value && !diags.HasErrors()) std::abort();
    for (const Diagnostic& d : diags.items()) {
      FormatDiagnostic(d, lookup, Lang::kNl);
      FormatDiagnostic(d, lookup, Lang::kEn);
    }
  }
  return 0;
}
