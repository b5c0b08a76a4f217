#include "render/site_renderer.h"

#include <functional>
#include <map>
#include <memory>

#include "base/parallel.h"
#include "render/finder_data.h"
#include "render/matcher_data.h"
#include "render/mustache_engine.h"

namespace leernet {

namespace {

const char* const kTemplates[] = {"home.html", "entry.html",     "kind.html", "search.html",
                                  "map.html",  "relations.html", "404.html"};

class PageWriter {
 public:
  PageWriter(const PageContext& ctx, OutputSet& output, Diagnostics& diags)
      : globals_(GlobalData(ctx)), output_(output), diags_(diags) {
    const Theme& theme = ctx.theme;
    for (const auto& [name, text] : theme.partials) {
      CompiledTemplate check(text, nullptr);
      if (!check.valid())
        diags_.Error("partial " + name, {}, Say("ongeldig sjabloon: {0}", "invalid template: {0}", {check.error()}));
    }
    for (const char* name : kTemplates) {
      auto it = theme.templates.find(name);
      if (it == theme.templates.end()) {
        diags_.Error(std::string("templates/") + name, {},
                     Say("het thema heeft geen sjabloon {0}", "the theme has no template {0}", {name}),
                     Say("voeg templates/{0} toe aan het thema", "add templates/{0} to the theme", {name}));
        continue;
      }
      auto compiled = std::make_unique<CompiledTemplate>(it->second, &theme.partials);
      if (!compiled->valid()) {
        diags_.Error(std::string("templates/") + name, {},
                     Say("ongeldig sjabloon: {0}", "invalid template: {0}", {compiled->error()}));
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
    std::string html = it->second->Render(data, globals_, &error);
    if (!error.empty())
      diags.Error("templates/" + tmpl, {}, Say("fout bij het maken van {0}: {1}", "rendering {0}: {1}", {path, error}));
    return html;
  }

  /// Takes the page's path, in page order, before any page is rendered.
  bool Reserve(const std::string& path) {
    if (output_.Reserve(path)) return true;
    diags_.Error(path, {}, Say("twee pagina's willen het uitvoerpad {0}", "two pages want the output path {0}", {path}),
                 Say("geef een van de twee items een andere slug", "give one of the two entries another slug"));
    return false;
  }
  /// Safe from several threads for different reserved paths.
  void Fill(const std::string& path, std::string html) { output_.Fill(path, std::move(html)); }

 private:
  TemplateGlobals globals_;
  OutputSet& output_;
  Diagnostics& diags_;
  std::map<std::string, std::unique_ptr<CompiledTemplate>> compiled_;
};

}  // namespace

void RenderOnePage(const PageContext& ctx, const std::string& name, const std::string& path, const TemplateValue& data,
                   OutputSet& output, Diagnostics& diags) {
  auto it = ctx.theme.templates.find(name);
  if (it == ctx.theme.templates.end()) {
    diags.Error("templates/" + name, {},
                Say("het thema heeft geen sjabloon {0}", "the theme has no template {0}", {name}),
                Say("voeg templates/{0} toe aan het thema", "add templates/{0} to the theme", {name}));
    return;
  }
  CompiledTemplate tmpl(it->second, &ctx.theme.partials);
  if (!tmpl.valid()) {
    diags.Error("templates/" + name, {}, Say("ongeldig sjabloon: {0}", "invalid template: {0}", {tmpl.error()}));
    return;
  }
  std::string error;
  std::string html = tmpl.Render(data, TemplateGlobals(GlobalData(ctx)), &error);
  if (!error.empty())
    diags.Error("templates/" + name, {}, Say("fout bij het maken van {0}: {1}", "rendering {0}: {1}", {path, error}));
  if (!output.Add(path, std::move(html)))
    diags.Error(path, {}, Say("het uitvoerpad is al bezet", "the output path is taken"),
                Say("hernoem de pagina of het bestand met dit pad", "rename the page or file with this path"));
}

void RenderPages(const PageContext& ctx, const PageSelection& which, int jobs, OutputSet& output, Diagnostics& diags) {
  PageWriter writer(ctx, output, diags);
  // Every page is one job; the view model only reads the site model, so jobs run in parallel
  // and their results are added in this fixed order.
  struct Page {
    const char* tmpl;
    std::string path;
    std::function<TemplateValue()> data;
  };
  std::vector<Page> pages;
  if (which.overviews) pages.push_back({"home.html", "index.html", [&] { return HomePageData(ctx); }});
  auto add_entry = [&](size_t i) {
    pages.push_back({"entry.html", ctx.model.UrlOf(i), [&ctx, i] { return EntryPageData(ctx, i); }});
  };
  if (which.all_entries) {
    for (size_t i = 0; i < ctx.model.entries.size(); ++i) add_entry(i);
  } else {
    for (size_t i : which.entries) {
      if (i < ctx.model.entries.size()) add_entry(i);
    }
  }
  if (which.overviews) {
    for (const KindSpec& kind : ctx.model.schema->kinds) {
      const std::string name = kind.name;
      pages.push_back({"kind.html", ctx.model.KindUrl(name), [&ctx, name] { return KindPageData(ctx, name); }});
    }
  }
  if (which.fixed) {
    pages.push_back(
        {"search.html", "zoeken/index.html", [&] { return SimplePageData(ctx, "../", "zoeken", "Zoeken"); }});
  }
  if (ctx.map.enabled && which.overviews) {
    pages.push_back({"map.html", "kaart/index.html", [&] { return MapViewData(ctx); }});
  }
  if (ctx.map.enabled && which.relations) {
    pages.push_back({"relations.html", "kaart/relaties/index.html", [&] { return RelationsViewData(ctx); }});
  }
  if (which.fixed) {
    pages.push_back({"404.html", "404.html", [&] { return NotFoundPageData(ctx); }});
  }

  // Paths are taken in page order first, so which of two pages that want one path gets it
  // does not depend on the threads. Each page then goes to the output as soon as it is
  // rendered: a streaming output writes it and keeps nothing.
  std::vector<char> reserved(pages.size());
  for (size_t i = 0; i < pages.size(); ++i) reserved[i] = writer.Reserve(pages[i].path);
  std::vector<Diagnostics> found(pages.size());
  ParallelFor(pages.size(), jobs, [&](size_t i) {
    std::string html = writer.Render(pages[i].tmpl, pages[i].path, pages[i].data(), found[i]);
    if (reserved[i]) writer.Fill(pages[i].path, std::move(html));
  });
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const Diagnostic& d : found[i].items()) diags.Add(d);
  }
  if (which.overviews) {
    // Built once: the finder's compare view shows the same kenmerk values.
    const MatcherData matcher = BuildMatcherData(ctx.model, diags);
    RenderMatcherPage(ctx, matcher, output, diags);
    RenderFinderPages(ctx, matcher, output, diags);
  }
  if (!which.fixed) return;
  for (const auto& [path, bytes] : ctx.theme.assets) {
    if (!output.Add("assets/" + path, bytes))
      diags.Error(
          "assets/" + path, {}, Say("assetpad is al bezet of onveilig", "asset path is taken or unsafe"),
          Say("hernoem het bestand in de map assets van het thema", "rename the file in the theme's assets folder"));
  }
}

}  // namespace leernet
