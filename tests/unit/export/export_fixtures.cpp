#include "unit/export/export_fixtures.h"

#include "load/content_loader.h"
#include "site/bodies.h"
#include "support/test_site.h"
#include "validate/validator.h"

namespace leernet::testing {

std::unique_ptr<ModelSite> LoadModel(const FileSystem& fs, const std::string& source) {
  auto site = std::make_unique<ModelSite>();
  std::string config_path = JoinPath(source, "site.yaml");
  std::string schema_path = JoinPath(source, "schema.yaml");
  if (auto doc = LoadYamlFile(fs, config_path, site->diags, nullptr)) {
    site->config = ParseSiteConfig(*doc, config_path, site->diags);
  }
  if (auto doc = LoadYamlFile(fs, schema_path, site->diags, nullptr)) {
    site->schema = ParseSchema(*doc, schema_path, site->diags);
  }
  if (site->diags.HasErrors()) return site;
  LoadedContent content = LoadContent(fs, source, site->schema, site->diags);
  std::vector<Entry> entries = ValidateEntries(content, site->schema, site->diags);
  std::vector<RenderedMarkdown> bodies = RenderBodies(entries, site->schema, site->diags);
  site->model = BuildSiteModel(std::move(entries), std::move(bodies), site->schema, site->config);
  return site;
}

std::unique_ptr<ModelSite> BasisModel(const std::map<std::string, std::string>& extra) {
  MemoryFileSystem fs = BasisSite();
  for (const auto& [path, text] : extra) fs.Write("content/" + path, text);
  return LoadModel(fs);
}

}  // namespace leernet::testing
