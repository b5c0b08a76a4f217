#include "arguments.h"

#include <charconv>
#include <regex>
#include <sstream>
#include <string_view>

#include "base/diagnostics.h"

namespace leernet::arguments {
namespace {

std::string Join(const std::vector<std::string>& words, std::string_view last_separator) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? last_separator : std::string_view(", ");
    out += words[i];
  }
  return out;
}

// The first word that is not an option nor the value of the one top-level option with a value.
std::string FirstWord(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--lang") {
      ++i;
    } else if (!arg.empty() && arg[0] != '-') {
      return std::string(arg);
    }
  }
  return "";
}

}  // namespace

Lang PeekLang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--lang=en" || (arg == "--lang" && i + 1 < argc && std::string_view(argv[i + 1]) == "en")) {
      return Lang::kEn;
    }
  }
  return Lang::kNl;
}

void LocalizeHelp(CLI::App& app, Lang lang) {
  if (lang == Lang::kEn) return;
  // The formatter is shared with every subcommand; option defaults and the help flag are copied
  // into each subcommand when it is added.
  const std::pair<const char*, const char*> kLabels[] = {
      {"Usage", "Gebruik"},
      {"OPTIONS", "OPTIES"},
      {"SUBCOMMAND", "OPDRACHT"},
      {"SUBCOMMANDS", "OPDRACHTEN"},
      {"Positionals", "Argumenten"},
      {"REQUIRED", "VERPLICHT"},
      {"TEXT", "TEKST"},
      {"INT", "GETAL"},
      {"Needs", "Vereist"},
      {"Excludes", "Sluit uit"},
  };
  for (const auto& [en, nl] : kLabels) app.get_formatter()->label(en, nl);
  app.option_defaults()->group("Opties");
  app.set_help_flag("-h,--help", "Toon deze uitleg");
}

CLI::App* AddCommand(CLI::App& app, const std::string& name, const Message& description, Lang lang) {
  CLI::App* command = app.add_subcommand(name, description.In(lang));
  if (lang == Lang::kNl) {
    command->group("Opdrachten");
    command->get_help_ptr()->group("Opties");
  }
  return command;
}

CLI::Validator WholeNumber(int min, int max, Lang lang) {
  std::string range = std::to_string(min) + ".." + std::to_string(max);
  return CLI::Validator(
      [min, max, lang](std::string& value) {
        int number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (error == std::errc() && end == value.data() + value.size() && number >= min && number <= max)
          return std::string();
        return Say("'{0}' is geen geheel getal van {1} tot en met {2}", "'{0}' is not a whole number from {1} to {2}",
                   {value, std::to_string(min), std::to_string(max)})
            .In(lang);
      },
      range);
}

CLI::Validator OneOf(const std::vector<std::string>& choices, Lang lang) {
  return CLI::Validator(
      [choices, lang](std::string& value) {
        for (const std::string& choice : choices) {
          if (value == choice) return std::string();
        }
        return Say("'{0}' kan niet; kies {1}", "'{0}' is not allowed; choose {1}",
                   {value, Join(choices, lang == Lang::kEn ? " or " : " of ")})
            .In(lang);
      },
      Join(choices, "|"));
}

Message ErrorText(const CLI::ParseError& error, int argc, char** argv, const std::vector<std::string>& commands) {
  const std::string text = error.what();
  std::smatch m;
  if (text == "A subcommand is required") {
    std::string word = FirstWord(argc, argv);
    Message list{Join(commands, " of "), Join(commands, " or ")};
    if (word.empty()) return Say("geef een opdracht: ", "give a command: ") + list;
    return Say("onbekende opdracht '{0}'", "unknown command '{0}'", {word}) + DidYouMeanSuffix(word, commands) +
           Say("; kies uit ", "; choose from ") + list;
  }
  static const std::regex kNotExpected("The following arguments? (?:was|were) not expected: (.*)");
  static const std::regex kMissingValue("(\\S+): \\d+ required \\S+ missing");
  static const std::regex kTooMany("(\\S+): At Most 1 required but received (\\d+)");
  static const std::regex kNotConverted("Could not convert: (\\S+) = (.*)");
  static const std::regex kFlagValue("(\\S+): too many inputs for a flag");
  if (std::regex_match(text, m, kNotExpected)) {
    // The parser lists the words last first.
    std::vector<std::string> words;
    std::istringstream in(m[1].str());
    for (std::string word; in >> word;) words.insert(words.begin(), word);
    return Say("niet verwacht: {0}", "not expected: {0}", {Join(words, " ")});
  }
  if (std::regex_match(text, m, kMissingValue)) {
    return Say("{0} verwacht een waarde", "{0} needs a value", {m[1].str()});
  }
  if (std::regex_match(text, m, kTooMany)) {
    return Say("{0} mag maar één keer gegeven worden (nu {1} keer)", "{0} can be given only once (given {1} times)",
               {m[1].str(), m[2].str()});
  }
  if (std::regex_match(text, m, kNotConverted)) {
    return Say("{0} kan niet de waarde '{1}' krijgen", "{0} cannot take the value '{1}'", {m[1].str(), m[2].str()});
  }
  if (std::regex_match(text, m, kFlagValue)) {
    return Say("{0} is een schakelaar en krijgt geen waarde", "{0} is a switch and takes no value", {m[1].str()});
  }
  // Our own validators already speak the asked language; anything else is the parser's own words.
  return Verbatim(text);
}

}  // namespace leernet::arguments
