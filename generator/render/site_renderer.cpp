#include "render/site_renderer.h"

#include <map>
#include <memory>

#include "base/parallel.h"
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

  /// Renders without touching shared state: safe to call from several threads.
  std::string Render(const std::string& tmpl, const std::string& path, const TemplateValue& data,
                     Diagnostics& diags) const {
    auto it = compiled_.find(tmpl);
    if (it == compiled_.end()) return "";
    std::string error;
    std::string html = it->second->Render(data, &error);
    if (!error.empty()) diags.Error("templates/" + tmpl, {}, "rendering " + path + ": " + error);
    return html;
  }

  void Add(const std::string& path, std::string html) {
    if (!output_.Add(path, std::move(html))) diags_.Error(path, {}, "two pages want the output path " + path);
  }

  void Write(const std::string& tmpl, const std::string& path, const TemplateValue& data) {
    Add(path, Render(tmpl, path, data, diags_));
  }

 private:
  const Theme& theme_;
  OutputSet& output_;
  Diagnostics& diags_;
  std::map<std::string, std::unique_ptr<CompiledTemplate>> compiled_;
};

}  // namespace

void RenderSite(const PageContext& ctx, int jobs, OutputSet& output, Diagnostics& diags) {
  PageWriter writer(ctx.theme, output, diags);
  writer.Write("home.html", "index.html", HomePageData(ctx));
  const size_t n = ctx.model.entries.size();
  std::vector<std::string> pages(n);
  std::vector<Diagnostics> found(n);
  ParallelFor(n, jobs, [&](size_t i) {
    pages[i] = writer.Render("entry.html", ctx.model.UrlOf(i), EntryPageData(ctx, i), found[i]);
  });
  for (size_t i = 0; i < n; ++i) {
    for (const Diagnostic& d : found[i].items()) diags.Add(d);
    writer.Add(ctx.model.UrlOf(i), std::move(pages[i]));
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
