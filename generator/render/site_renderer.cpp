#include "render/site_renderer.h"

#include <map>
#include <memory>

#include "render/mustache_engine.h"

namespace leernet {

namespace {

const char* const kTemplates[] = {"home.html", "entry.html", "kind.html", "search.html", "map.html", "404.html"};

class PageWriter {
 public:
  PageWriter(const Theme& theme, OutputSet& output, Diagnostics& diags)
      : theme_(theme), output_(output), diags_(diags) {
    for (const auto& [name, text] : theme.partials) {
      CompiledTemplate check(text, nullptr);
      if (!check.valid()) diags_.Error("partial " + name, {}, "invalid template: " + check.error());
    }
    for (const char* name : kTemplates) {
      auto it = theme.templates.find(name);
      if (it == theme.templates.end()) {
        diags_.Error(std::string("templates/") + name, {}, "the theme has no template " + std::string(name));
        continue;
      }
      auto compiled = std::make_unique<CompiledTemplate>(it->second, &theme.partials);
      if (!compiled->valid()) {
        diags_.Error(std::string("templates/") + name, {}, "invalid template: " + compiled->error());
        continue;
      }
      compiled_[name] = std::move(compiled);
    }
  }

  void Write(const std::string& tmpl, const std::string& path, const TemplateValue& data) {
    auto it = compiled_.find(tmpl);
    if (it == compiled_.end()) return;
    std::string error;
    std::string html = it->second->Render(data, &error);
    if (!error.empty()) {
      diags_.Error("templates/" + tmpl, {}, "rendering " + path + ": " + error);
      return;
    }
    if (!output_.Add(path, std::move(html))) diags_.Error(path, {}, "two pages want the output path " + path);
  }

 private:
  const Theme& theme_;
  OutputSet& output_;
  Diagnostics& diags_;
  std::map<std::string, std::unique_ptr<CompiledTemplate>> compiled_;
};

}  // namespace

void RenderSite(const PageContext& ctx, OutputSet& output, Diagnostics& diags) {
  PageWriter writer(ctx.theme, output, diags);
  writer.Write("home.html", "index.html", HomePageData(ctx));
  for (size_t i = 0; i < ctx.model.entries.size(); ++i) {
    writer.Write("entry.html", ctx.model.UrlOf(i), EntryPageData(ctx, i));
  }
  for (const KindSpec& kind : ctx.model.schema->kinds) {
    writer.Write("kind.html", ctx.model.KindUrl(kind.name), KindPageData(ctx, kind.name));
  }
  auto title = [&](const std::string& key, const std::string& fallback) {
    auto it = ctx.theme.strings.find(key);
    return it == ctx.theme.strings.end() ? fallback : it->second;
  };
  writer.Write("search.html", "zoeken/index.html", SimplePageData(ctx, "../", title("zoeken", "Zoeken")));
  if (ctx.map.enabled) writer.Write("map.html", "kaart/index.html", MapViewData(ctx));
  writer.Write("404.html", "404.html", SimplePageData(ctx, "", title("niet_gevonden", "Pagina niet gevonden")));
  for (const auto& [path, bytes] : ctx.theme.assets) {
    if (!output.Add("assets/" + path, bytes)) diags.Error("assets/" + path, {}, "asset path is taken or unsafe");
  }
}

}  // namespace leernet
