// Fuzzes a whole build in memory. The input is cut at "====" lines into up to five files; the
// first byte of each part picks which file of the basis fixture site it adds or replaces
// (entries, site.yaml, schema.yaml or a theme template). Checks the promise that a build with
// errors produces nothing to publish, that every output path stays inside the output root, and
// that every message can be printed with its excerpt.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "base/file_system.h"
#include "fuzz_site.h"
#include "pipeline.h"
#include "publish/output_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leernet;
  static const char* const kFiles[] = {
      "content/netwerken/fuzz-a.md", "content/netwerken/veilig-samen.md", "content/praktijken/fuzz-b.md",
      "content/typen/fuzz-c.yaml",   "content/themas/ouderenzorg.md",     "content/netwerken/landelijk-leren.yaml",
      "content/praktijken/pdsa.md",  "content/typen/themanetwerk.md",     "content/site.yaml",
      "content/schema.yaml",         "content/netwerken/fuzz-d.md",       "content/themas/fuzz-e.yml"};
  constexpr size_t kFileCount = sizeof(kFiles) / sizeof(kFiles[0]);

  std::map<std::string, std::string> files = fuzz::BasisFiles();
  for (std::string_view part : fuzz::SplitParts(fuzz::AsText(data, size, 64 * 1024), 5)) {
    if (part.empty()) continue;
    files[kFiles[static_cast<uint8_t>(part[0]) % kFileCount]] = std::string(part.substr(1));
  }
  MemoryFileSystem fs(std::move(files));
  BuildOptions options;
  options.source = "content";
  options.default_theme = "theme";
  options.node_modules = "node_modules";
  options.jobs = 1;
  BuildResult result = RunBuild(fs, options);

  // Every message is formatted with its excerpt, as `leernet build` prints it.
  for (const Diagnostic& d : result.diags.items()) {
    SourceLookup lookup = [&](const std::string& path) -> std::optional<std::string_view> {
      auto it = result.texts.find(path);
      if (it == result.texts.end()) return std::nullopt;
      return std::string_view(it->second);
    };
    // Both languages: a placeholder or a column may go wrong in one of them only.
    FormatDiagnostic(d, lookup, Lang::kNl);
    FormatDiagnostic(d, lookup, Lang::kEn);
  }
  if (result.diags.HasErrors() && !result.output.files.empty()) std::abort();
  if (!result.diags.HasErrors() && result.output.files.empty()) std::abort();
  for (const auto& [path, bytes] : result.output.files) {
    if (!IsContainedPath(path)) std::abort();
  }
  return 0;
}
