#include "support/test_site.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace leernet::testing {

namespace fs = std::filesystem;

std::string SourcePath(const std::string& rel) { return std::string(LEERNET_SOURCE_DIR) + "/" + rel; }

std::map<std::string, std::string> ReadTree(const std::string& dir, const std::string& prefix) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    out[prefix + fs::relative(entry.path(), dir).generic_string()] = buf.str();
  }
  return out;
}

std::string FirstDifference(const std::map<std::string, std::string>& got,
                            const std::map<std::string, std::string>& want) {
  for (const auto& [path, bytes] : want) {
    auto it = got.find(path);
    if (it == got.end()) return path + " is missing";
    if (it->second != bytes) return path + " has other content";
  }
  for (const auto& [path, bytes] : got)
    if (!want.count(path)) return path + " is new";
  return "no file differs";
}

std::map<std::string, std::string> SiteFiles(const std::string& content_dir) {
  std::map<std::string, std::string> files = ReadTree(content_dir, "content/");
  files.merge(ReadTree(SourcePath("themes/default"), "theme/"));
  for (const char* lib : {"lunr/lunr.js", "lunr-languages/lunr.stemmer.support.js", "lunr-languages/lunr.nl.js"}) {
    std::ifstream in(SourcePath(std::string("node_modules/") + lib), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    files[std::string("node_modules/") + lib] = buf.str();
  }
  return files;
}

MemoryFileSystem BasisSite() { return MemoryFileSystem(SiteFiles(SourcePath("tests/fixtures/sites/basis/content"))); }

BuildOptions TestBuildOptions() {
  BuildOptions options;
  options.source = "content";
  options.default_theme = "theme";
  options.node_modules = "node_modules";
  return options;
}

std::vector<std::string> Headlines(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.Sorted()) {
    std::string text = FormatDiagnostic(d, nullptr, Lang::kNl);
    out.push_back(text.substr(0, text.find('\n')));
  }
  return out;
}

std::vector<std::string> HeadlinesAndTips(const Diagnostics& diags, const std::map<std::string, std::string>* texts) {
  SourceLookup lookup;
  if (texts) {
    lookup = [texts](const std::string& path) -> std::optional<std::string_view> {
      auto it = texts->find(path);
      if (it == texts->end()) return std::nullopt;
      return std::string_view(it->second);
    };
  }
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.Sorted()) {
    std::string text = FormatDiagnostic(d, lookup, Lang::kNl);
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      std::string line = text.substr(start, end - start);
      // The excerpt and caret lines are left out: their text is the file's own.
      if (start == 0 || line.rfind("  tip: ", 0) == 0) out.push_back(line);
    }
  }
  return out;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string ReadDiskFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void SaveDiskFile(const std::string& path, const std::string& text) {
  std::ofstream(path + ".tmp~", std::ios::binary) << text;
  std::filesystem::rename(path + ".tmp~", path);
}

}  // namespace leernet::testing
