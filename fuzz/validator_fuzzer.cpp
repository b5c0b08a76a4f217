// Fuzzes loading and validation of one entry against the fixed schema of the basis fixture site.
// The first byte picks the kind folder and whether the entry is a `.md` or a `.yaml` file; the
// other entries of the basis site stay, so that references and duplicate slugs are exercised.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/file_system.h"
#include "fuzz_site.h"
#include "load/content_loader.h"
#include "schema/schema.h"
#include "validate/validator.h"

namespace {

const leernet::Schema& BasisSchema() {
  static const leernet::Schema* schema = [] {
    using namespace leernet;
    MemoryFileSystem fs(fuzz::BasisFiles());
    Diagnostics diags;
    std::optional<Value> doc = LoadYamlFile(fs, "content/schema.yaml", diags, nullptr);
    if (!doc) std::abort();
    auto* parsed = new Schema(ParseSchema(*doc, "content/schema.yaml", diags));
    if (diags.HasErrors()) std::abort();
    return parsed;
  }();
  return *schema;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leernet;
  if (size == 0) return 0;
  static const char* const kFiles[] = {
      "netwerken/fuzz.md", "netwerken/fuzz.yaml", "praktijken/fuzz.md",        "praktijken/fuzz.yml",
      "typen/fuzz.md",     "themas/fuzz.yaml",    "netwerken/veilig-samen.md", "netwerken/veilig-samen.yaml"};
  const std::string file = kFiles[data[0] % (sizeof(kFiles) / sizeof(kFiles[0]))];
  const Schema& schema = BasisSchema();

  std::map<std::string, std::string> files;
  for (const auto& [path, text] : fuzz::BasisFiles()) {
    if (path.rfind("content/", 0) == 0) files[path] = text;
  }
  files["content/" + file] = std::string(fuzz::AsText(data + 1, size - 1));
  MemoryFileSystem fs(std::move(files));

  Diagnostics diags;
  LoadedContent content = LoadContent(fs, "content", schema, diags);
  std::vector<Entry> entries = ValidateEntries(content, schema, diags);
  for (const Diagnostic& d : diags.items()) {
    // Every message points into a known file, so that the excerpt can be shown.
    SourceLookup lookup = [&](const std::string& path) -> std::optional<std::string_view> {
      auto it = content.texts.find(path);
      if (it == content.texts.end()) return std::nullopt;
      return std::string_view(it->second);
    };
    // Both languages: a placeholder or a column may go wrong in one of them only.
    FormatDiagnostic(d, lookup, Lang::kNl);
    FormatDiagnostic(d, lookup, Lang::kEn);
  }
  return 0;
}
