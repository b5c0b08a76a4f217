// Data of 404.html. A host serves that page for any missing address, at any depth, so its
// relative links ("assets/style.css") would point below the missing folder. The page carries
// what its script needs to find the site root again (partials/root_finder.html): the site's
// top-level folders and, when base_url is set, the path the site lives under.
#include <string>
#include <vector>

#include "base/json_text.h"
#include "render/finder_data.h"
#include "render/view_model.h"

namespace leernet {
namespace {

// "/kennisbank/" of "https://example.org/kennisbank"; "" without a base_url.
std::string BasePath(const std::string& base_url) {
  const size_t scheme = base_url.find("://");
  if (scheme == std::string::npos) return "";
  const size_t slash = base_url.find('/', scheme + 3);
  std::string path = slash == std::string::npos ? "/" : base_url.substr(slash);
  path = path.substr(0, path.find_first_of("?#"));
  if (path.empty() || path.back() != '/') path += '/';
  return path;
}

}  // namespace

TemplateValue NotFoundPageData(const PageContext& ctx) {
  TemplateValue data = SimplePageData(ctx, "", "niet_gevonden", "Pagina niet gevonden");
  // Folders every site has, then one per kind. Pages in other folders are still found: the
  // script then looks for the stylesheet folder by folder.
  std::vector<std::string> folders = {"assets", "search", "zoeken", "welk-netwerk-past"};
  if (HasFinder(ctx.model)) {
    for (const char* page : {kFinderPage, kComparePage}) {
      std::string path = page;
      folders.push_back(path.substr(0, path.find('/')));
    }
  }
  if (ctx.map.enabled) folders.push_back("kaart");
  for (const KindSpec& kind : ctx.model.schema->kinds) folders.push_back(kind.folder);
  const std::string json = "{\"folders\":" + JsonStringArray(folders) +
                           ",\"base\":" + JsonString(BasePath(ctx.model.config->base_url)) + "}";
  data.Set("not_found", TemplateValue().Set("json", json));
  return data;
}

}  // namespace leernet
