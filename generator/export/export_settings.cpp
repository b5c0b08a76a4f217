#include "export/export_settings.h"

namespace leernet {

std::string NormalizedBaseUrl(const std::string& base_url) {
  if (base_url.empty()) return "";
  std::string out = base_url;
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out + "/";
}

}  // namespace leernet
