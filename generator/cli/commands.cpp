#include "cli/commands.h"

#include "base/json_text.h"

namespace leernet {

namespace {

SourceLookup LookupIn(const BuildResult& result) {
  return [&result](const std::string& path) -> std::optional<std::string_view> {
    auto it = result.texts.find(path);
    if (it == result.texts.end()) return std::nullopt;
    return std::string_view(it->second);
  };
}

}  // namespace

void PrintDiagnostics(const BuildResult& result, std::ostream& out, Lang lang) {
  SourceLookup lookup = LookupIn(result);
  for (const Diagnostic& d : result.diags.Sorted()) out << FormatDiagnostic(d, lookup, lang);
}

std::string DiagnosticsJson(const BuildResult& result, Lang lang) {
  const Diagnostics& diags = result.diags;
  SourceLookup lookup = LookupIn(result);
  std::string out = "{\"errors\":" + std::to_string(diags.ErrorCount()) +
                    ",\"warnings\":" + std::to_string(diags.items().size() - diags.ErrorCount()) + ",\"diagnostics\":[";
  bool first = true;
  for (const Diagnostic& d : diags.Sorted()) {
    out += first ? "" : ",";
    first = false;
    out += "{\"path\":" + JsonString(d.path) + ",\"line\":" + std::to_string(d.pos.line) +
           ",\"column\":" + std::to_string(DisplayColumn(d, lookup)) + ",\"severity\":\"" +
           (d.severity == Severity::kError ? "error" : "warning") + "\",\"message\":" + JsonString(d.message.In(lang)) +
           (d.hint.empty() ? "" : ",\"hint\":" + JsonString(d.hint.In(lang))) + "}";
  }
  return out + "]}\n";
}

}  // namespace leernet
