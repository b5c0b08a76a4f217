#include "incremental/site_files.h"

namespace leernet::incremental {

SiteFiles SiteFiles::FromOutput(OutputSet output) {
  SiteFiles site;
  site.Apply(std::move(output));
  return site;
}

void SiteFiles::Apply(OutputSet changes) {
  for (auto& [path, bytes] : changes.files) files[path] = std::make_shared<const std::string>(std::move(bytes));
}

const std::string* SiteFiles::Find(const std::string& path) const {
  auto it = files.find(path);
  return it == files.end() ? nullptr : it->second.get();
}

OutputSet SiteFiles::ToOutputSet() const {
  OutputSet out;
  for (const auto& [path, bytes] : files) out.files.emplace(path, *bytes);
  return out;
}

}  // namespace leernet::incremental
