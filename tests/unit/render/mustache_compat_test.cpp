// The renderer must give the bytes kainjow/mustache gives (the library it
// replaced), so sites do not change: this renders templates and data,
// hand-written and generated, with both.
#include <gtest/gtest.h>

#include <kainjow/mustache.hpp>
#include <random>

#include "render/mustache_engine.h"

namespace leernet {
namespace {

namespace km = kainjow::mustache;

km::data ToKainjow(const TemplateValue &v) {
  switch (v.type()) {
  case TemplateValue::Type::kText:
    return km::data(v.text());
  case TemplateValue::Type::kBool:
    return km::data(v.flag());
  case TemplateValue::Type::kList: {
    km::data list{km::data::type::list};
    for (const TemplateValue &item : v.items())
      list.push_back(ToKainjow(item));
    return list;
  }
  case TemplateValue::Type::kMap: {
    km::data map;
    for (const auto &[key, value] : v.entries())
      map.set(key, ToKainjow(value));
    return map;
  }
  }
  return km::data();
}

struct Reference {
  std::string out;
  std::string error;
};

Reference RenderWithKainjow(const std::string &text, const TemplateValue &data,
                            const TemplateValue &globals) {
  km::mustache tmpl(text);
  if (!tmpl.is_valid())
    return {"", tmpl.error_message()};
  km::data g = ToKainjow(globals), d = ToKainjow(data);
  km::context<std::string> ctx;
  ctx.push(&g);
  ctx.push(&d);
  std::string out = tmpl.render(ctx);
  return {out, tmpl.error_message()};
}

void ExpectSame(const std::string &text, const TemplateValue &data,
                const TemplateValue &globals) {
  Reference want = RenderWithKainjow(text, data, globals);
  CompiledTemplate ours(text, nullptr);
  ASSERT_EQ(ours.error(), want.error) << "template: " << text;
  if (!want.error.empty())
    return;
  TemplateGlobals g(globals);
  std::string error;
  EXPECT_EQ(ours.Render(data, g, &error), want.out) << "template: " << text;
  EXPECT_EQ(error, "");
}

TemplateValue SampleData() {
  TemplateValue d;
  d.Set("name", "Zorg & <welzijn> \"x\" 'y'");
  d.Set("empty", "");
  d.Set("yes", true);
  d.Set("no", false);
  d.Set("list", TemplateValue::List().Push("a").Push("b"));
  d.Set("none", TemplateValue::List());
  TemplateValue obj;
  obj.Set("title", "Titel");
  obj.Set("inner", TemplateValue().Set("deep", "diep"));
  d.Set("obj", obj);
  d.Set("emptyobj", TemplateValue());
  TemplateValue items = TemplateValue::List();
  items.Push(TemplateValue().Set("label", "een").Set("href", "a.html"));
  items.Push(TemplateValue().Set("label", "twee"));
  items.Push(TemplateValue().Set("label", "").Set("href", ""));
  d.Set("items", items);
  d.Set("name", "tweede waarde wint");
  return d;
}

TemplateValue SampleGlobals() {
  TemplateValue g;
  g.Set("site", TemplateValue().Set("title", "Kennisbank"));
  g.Set("t", TemplateValue().Set("zoeken", "Zoeken"));
  g.Set("name", "globaal");
  g.Set("lang", "nl");
  return g;
}

TEST(MustacheCompatTest, HandWrittenTemplates) {
  const char *const kTemplates[] = {
      "plain text\nwith lines\r\nand \r returns",
      "{{name}} {{{name}}} {{&name}} {{ name }} {{missing}}|",
      "{{site.title}} {{obj.title}} {{obj.inner.deep}} {{obj.missing}} "
      "{{t.zoeken}} {{lang}}",
      "{{#list}}<{{.}}>{{/list}}{{^list}}geen{{/list}}",
      "{{#none}}x{{/none}}{{^none}}leeg{{/none}}",
      "a\n{{#yes}}\nb\n{{/yes}}\nc\n",
      "a\n{{#no}}\nb\n{{/no}}\nc\n",
      "a\n  {{#items}}\n  <li>{{label}}</li>\n  {{/items}}\nz",
      "<ul>\n{{#items}}\n{{#href}}<a "
      "href=\"{{href}}\">{{label}}</a>{{/href}}{{^href}}{{label}}{{/href}}\n{{/"
      "items}}\n</ul>\n",
      "  {{#empty}}  \n{{/empty}}\nx {{! a comment }}\n{{! alone }}\ny",
      "{{#obj}}{{title}} {{name}} {{site.title}}{{/obj}}",
      "{{#emptyobj}}leeg object is "
      "waar{{/emptyobj}}{{^emptyobj}}onwaar{{/emptyobj}}",
      "{{#name}}[{{.}}]{{/name}}{{#yes}}[{{.}}]{{/yes}}",
      "\t{{#yes}}\t\n\t{{/yes}}\t\nend",
      "{{=<% %>=}}<% name %> {{name}} <%={{ }}=%>{{name}}",
      "{{#obj.inner}}{{deep}}{{/obj.inner}}",
      "{{#a}}open",
      "{{/a}}",
      "{{#a}}{{#b}}{{/a}}{{/b}}",
      "{{#a}}x{{/b}}",
      "{{name",
      "{{=bad=}}",
      "{{{name}}",
      "{{}} {{ . }} {{.}}",
      "{{#list}}{{#items}}{{label}}{{.}}{{/items}}{{/list}}",
      "line one {{#no}}x{{/no}}\n  {{#no}}x{{/no}}  \nend\n",
      "x{{",
      "{{#items}}{{label}}\n{{/items}}",
  };
  for (const char *t : kTemplates)
    ExpectSame(t, SampleData(), SampleGlobals());
}

// Random templates from pieces that stress lines, sections and whitespace.
TEST(MustacheCompatTest, GeneratedTemplates) {
  const char *const kPieces[] = {
      "{{name}}",   "{{{name}}}", "{{empty}}",
      "{{#yes}}",   "{{/yes}}",   "{{#no}}",
      "{{/no}}",    "{{^no}}",    "{{/no}}",
      "{{#list}}",  "{{/list}}",  "{{.}}",
      "{{#items}}", "{{/items}}", "{{label}}",
      "{{^none}}",  "{{/none}}",  " ",
      "\t",         "\n",         "\r\n",
      "text",       "{{! c }}",   "<a>",
      "{{#href}}",  "{{/href}}",  "{{obj.title}}",
      "{{#obj}}",   "{{/obj}}",   "{{site.title}}",
      "  ",         "{{#empty}}", "{{/empty}}",
  };
  std::mt19937 rng(15);
  std::uniform_int_distribution<size_t> pick(
      0, sizeof kPieces / sizeof kPieces[0] - 1);
  std::uniform_int_distribution<int> length(1, 30);
  for (int i = 0; i < 3000; ++i) {
    std::string t;
    for (int n = length(rng); n > 0; --n)
      t += kPieces[pick(rng)];
    ExpectSame(t, SampleData(), SampleGlobals());
    if (::testing::Test::HasFailure())
      break;
  }
}

} // namespace
} // namespace leernet
