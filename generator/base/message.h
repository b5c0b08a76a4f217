// Every text the tool shows a person exists in Dutch, the editors' language, and in English
// (`--lang en`). Both are written where the message is made, so a translation cannot drift
// from the words it translates; which one is shown is decided only where text is printed.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace leernet {

enum class Lang { kNl, kEn };

/// "nl" or "en"; nullopt for anything else.
std::optional<Lang> ParseLang(std::string_view name);

struct Message {
  std::string nl;
  std::string en;

  const std::string& In(Lang lang) const { return lang == Lang::kEn ? en : nl; }
  bool empty() const { return nl.empty() && en.empty(); }
};

/// Fills {0}..{9} in both templates with the same arguments, so that Dutch can put them in
/// another order than English.
Message Say(std::string_view nl, std::string_view en, std::initializer_list<std::string_view> args = {});

/// Text that reads the same in both languages: a parser's own words, a path, a number.
Message Verbatim(std::string text);

Message operator+(Message a, const Message& b);

}  // namespace leernet
