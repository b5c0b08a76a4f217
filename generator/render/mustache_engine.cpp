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

}  // namespace

struct CompiledTemplate::Impl {
  explicit Impl(const std::string& text) : tmpl(text) {}
  mustache::mustache tmpl;
  std::string error;
  const std::map<std::string, std::string>* partials = nullptr;
};

CompiledTemplate::CompiledTemplate(const std::string& text, const std::map<std::string, std::string>* partials)
    : impl_(std::make_unique<Impl>(text)) {
  impl_->partials = partials;
  if (!impl_->tmpl.is_valid()) impl_->error = impl_->tmpl.error_message();
}

CompiledTemplate::~CompiledTemplate() = default;

bool CompiledTemplate::valid() const { return impl_->error.empty(); }

const std::string& CompiledTemplate::error() const { return impl_->error; }

std::string CompiledTemplate::Render(const TemplateValue& data, std::string* error) const {
  mustache::data root = ToData(data);
  if (impl_->partials) {
    for (const auto& [name, text] : *impl_->partials) {
      const std::string* body = &text;
      root.set(name, mustache::data(mustache::partial([body]() { return *body; })));
    }
  }
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
