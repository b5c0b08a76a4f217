#include "cli/commands.h"

#include "base/json_text.h"

namespace leernet {

void PrintDiagnostics(const BuildResult& result, std::ostream& out) {
  SourceLookup lookup = [&](const std::string& path) -> std::optional<std::string_view> {
    auto it = result.texts.find(path);
    if (it == result.texts.end()) return std::nullopt;
    return std::string_view(it->second);
  };
  for (const Diagnostic& d : result.diags.Sorted()) out << FormatDiagnostic(d, lookup);
}

std::string DiagnosticsJson(const Diagnostics& diags) {
  std::string out = "{\"errors\":" + std::to_string(diags.ErrorCount()) +
                    ",\"warnings\":" + std::to_string(diags.items().size() - diags.ErrorCount()) + ",\"diagnostics\":[";
  bool first = true;
  for (const Diagnostic& d : diags.Sorted()) {
    out += first ? "" : ",";
    first = false;
    out += "{\"path\":" + JsonString(d.path) + ",\"line\":" + std::to_string(d.pos.line) +
           ",\"column\":" + std::to_string(d.pos.column) + ",\"severity\":\"" +
           (d.severity == Severity::kError ? "error" : "warning") + "\",\"message\":" + JsonString(d.message) + "}";
  }
  return out + "]}\n";
}

}  // namespace leernet
