// The only module that includes the Mustache library (kainjow/mustache from Debian).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "render/template_value.h"

namespace leernet {

/// Data shared by every page of a build, converted for the template library once.
class TemplateGlobals {
 public:
  explicit TemplateGlobals(const TemplateValue& data);
  ~TemplateGlobals();
  TemplateGlobals(const TemplateGlobals&) = delete;
  TemplateGlobals& operator=(const TemplateGlobals&) = delete;

 private:
  friend class CompiledTemplate;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A template compiled once and rendered for many pages.
class CompiledTemplate {
 public:
  /// `partials` maps a partial's name to its text; they must outlive the template.
  CompiledTemplate(const std::string& text, const std::map<std::string, std::string>* partials);
  ~CompiledTemplate();
  CompiledTemplate(const CompiledTemplate&) = delete;
  CompiledTemplate& operator=(const CompiledTemplate&) = delete;

  bool valid() const;
  const std::string& error() const;
  /// Renders `data`; on failure returns "" and sets `error`.
  std::string Render(const TemplateValue& data, std::string* error) const;
  /// The same, looking names up in `data` first and in `globals` after it.
  std::string Render(const TemplateValue& data, const TemplateGlobals& globals, std::string* error) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace leernet
