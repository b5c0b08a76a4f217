// What templates see: a tree of text, flags, lists and maps. The view model builds it; only
// the Mustache adapter turns it into the template library's own type.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace leernet {

class TemplateValue {
 public:
  enum class Type { kText, kBool, kList, kMap };

  TemplateValue() : type_(Type::kMap) {}
  TemplateValue(const char* text) : type_(Type::kText), text_(text) {}  // NOLINT: implicit on purpose
  TemplateValue(std::string text) : type_(Type::kText), text_(std::move(text)) {}  // NOLINT
  TemplateValue(bool flag) : type_(Type::kBool), flag_(flag) {}  // NOLINT

  static TemplateValue List() {
    TemplateValue v;
    v.type_ = Type::kList;
    return v;
  }

  TemplateValue& Set(std::string key, TemplateValue value) {
    entries_.emplace_back(std::move(key), std::move(value));
    return *this;
  }
  TemplateValue& Push(TemplateValue value) {
    items_.push_back(std::move(value));
    return *this;
  }

  Type type() const { return type_; }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  const std::vector<TemplateValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, TemplateValue>>& entries() const { return entries_; }
  bool empty() const { return type_ == Type::kList ? items_.empty() : type_ == Type::kText && text_.empty(); }

 private:
  Type type_;
  std::string text_;
  bool flag_ = false;
  std::vector<TemplateValue> items_;
  std::vector<std::pair<std::string, TemplateValue>> entries_;
};

}  // namespace leernet
