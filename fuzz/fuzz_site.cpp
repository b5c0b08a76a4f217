#include "fuzz_site.h"

#include "support/test_site.h"

namespace leernet::fuzz {

const std::map<std::string, std::string>& BasisFiles() {
  static const auto* files = new std::map<std::string, std::string>(
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content")));
  return *files;
}

std::string_view AsText(const uint8_t* data, size_t size, size_t max_bytes) {
  return std::string_view(reinterpret_cast<const char*>(data), size < max_bytes ? size : max_bytes);
}

std::vector<std::string_view> SplitParts(std::string_view text, size_t max_parts) {
  static constexpr std::string_view kSeparator = "\n====\n";
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    size_t at = text.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(text);
  return parts;
}

}  // namespace leernet::fuzz
