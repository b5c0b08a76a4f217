#include "render/mustache_engine.h"

#include <kainjow/mustache.hpp>

namespace leernet {

namespace mustache = kainjow::mustache;

namespace {

mustache::data ToData(const TemplateValue& v) {
  switch (v.type()) {
    case TemplateValue::Type::kText:
      return mustache::data(v.text());
    case TemplateValue::Type::kBool:
      return mustache::data(v.flag());
    case TemplateValue::Type::kList: {
      mustache::data list{mustache::data::type::list};
      for (const TemplateValue& item : v.items()) list.push_back(ToData(item));
      return list;
    }
    case TemplateValue::Type::kMap: {
      mustache::data map;
      for (const auto& [key, value] : v.entries()) map.set(key, ToData(value));
      return map;
    }
  }
  return mustache::data();
}

// Partials are included as text before compiling, as Mustache defines them, so that a page
// render does not parse the partials again for every page.
std::string InlinePartials(const std::string& text, const std::map<std::string, std::string>* partials, int depth) {
  if (!partials || depth > 8) return text;
  std::string out;
  size_t pos = 0;
  for (size_t open; (open = text.find("{{>", pos)) != std::string::npos;) {
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    out += text.substr(pos, open - pos);
    auto it = partials->find(name);
    if (it != partials->end()) out += InlinePartials(it->second, partials, depth + 1);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

}  // namespace

struct CompiledTemplate::Impl {
  explicit Impl(const std::string& text) : tmpl(text) {}
  mustache::mustache tmpl;
  std::string error;
};

CompiledTemplate::CompiledTemplate(const std::string& text, const std::map<std::string, std::string>* partials)
    : impl_(std::make_unique<Impl>(InlinePartials(text, partials, 0))) {
  if (!impl_->tmpl.is_valid()) impl_->error = impl_->tmpl.error_message();
}

CompiledTemplate::~CompiledTemplate() = default;

bool CompiledTemplate::valid() const { return impl_->error.empty(); }

const std::string& CompiledTemplate::error() const { return impl_->error; }

struct TemplateGlobals::Impl {
  mustache::data data;
};

TemplateGlobals::TemplateGlobals(const TemplateValue& data) : impl_(std::make_unique<Impl>()) {
  impl_->data = ToData(data);
}

TemplateGlobals::~TemplateGlobals() = default;

std::string CompiledTemplate::Render(const TemplateValue& data, const TemplateGlobals& globals,
                                     std::string* error) const {
  mustache::data root = ToData(data);
  mustache::context<std::string> ctx;
  ctx.push(&globals.impl_->data);
  ctx.push(&root);  // pushed last, searched first
  mustache::mustache tmpl = impl_->tmpl;
  std::string out = tmpl.render(ctx);
  if (!tmpl.is_valid()) {
    if (error) *error = tmpl.error_message();
    return "";
  }
  return out;
}

std::string CompiledTemplate::Render(const TemplateValue& data, std::string* error) const {
  mustache::data root = ToData(data);
  // The library keeps errors on the template object, so render from a copy to stay const.
  mustache::mustache tmpl = impl_->tmpl;
  std::string out = tmpl.render(root);
  if (!tmpl.is_valid()) {
    if (error) *error = tmpl.error_message();
    return "";
  }
  return out;
}

}  // namespace leernet
