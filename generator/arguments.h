// The command line's own texts in the editors' language: the help, the checks on option values
// and what the argument parser says is wrong. The parser writes English; only this file and
// main.cpp know it exists.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/message.h"

namespace leernet::arguments {

/// The language asked for with `--lang en` or `--lang=en` anywhere on the line; Dutch otherwise.
/// Read before parsing, because the help and the parser's errors need it too.
Lang PeekLang(int argc, char** argv);

/// Dutch labels and headings for the help of `app` and of every subcommand added after this call.
void LocalizeHelp(CLI::App& app, Lang lang);

/// A subcommand of `app`, listed in the help under the language's heading.
CLI::App* AddCommand(CLI::App& app, const std::string& name, const Message& description, Lang lang);

/// A whole number from `min` to `max`, written in digits.
CLI::Validator WholeNumber(int min, int max, Lang lang);

/// One of `choices`, spelled exactly.
CLI::Validator OneOf(const std::vector<std::string>& choices, Lang lang);

/// What `error` says, in `lang`. `args` is the command line, to name an unknown command.
Message ErrorText(const CLI::ParseError& error, int argc, char** argv, const std::vector<std::string>& commands);

}  // namespace leernet::arguments
