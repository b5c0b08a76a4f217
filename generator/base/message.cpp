#include "base/message.h"

#include <vector>

namespace leernet {

std::optional<Lang> ParseLang(std::string_view name) {
  if (name == "nl") return Lang::kNl;
  if (name == "en") return Lang::kEn;
  return std::nullopt;
}

namespace {

std::string Fill(std::string_view tmpl, const std::vector<std::string_view>& args) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (size_t i = 0; i < tmpl.size(); ++i) {
    // Only "{digit}" is a placeholder, so braces in examples ("{" in a schema hint) stay text.
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9' && tmpl[i + 2] == '}') {
      size_t n = static_cast<size_t>(tmpl[i + 1] - '0');
      if (n < args.size()) out += args[n];
      i += 2;
      continue;
    }
    out += tmpl[i];
  }
  return out;
}

}  // namespace

Message Say(std::string_view nl, std::string_view en, std::initializer_list<std::string_view> args) {
  std::vector<std::string_view> list(args);
  return {Fill(nl, list), Fill(en, list)};
}

Message Verbatim(std::string text) { return {text, text}; }

Message operator+(Message a, const Message& b) {
  a.nl += b.nl;
  a.en += b.en;
  return a;
}

}  // namespace leernet
