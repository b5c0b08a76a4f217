// The command line: parses arguments, runs a pipeline, prints diagnostics, sets the exit code.
// Exit codes: 0 ok, 1 content errors, 2 usage error, 3 I/O error.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "base/file_system.h"
#include "cli/commands.h"
#include "cli/editor_commands.h"
#include "pipeline.h"
#include "publish/publisher.h"
#include "search/analyze.h"
#include "search/lunr_index.h"
#include "serve/serve_command.h"

namespace {

constexpr int kOk = 0;
constexpr int kContentError = 1;
constexpr int kUsageError = 2;
constexpr int kIoError = 3;

using leernet::Lang;
using leernet::Message;
using leernet::Say;

// The language of every text for a person: `--lang nl|en`, Dutch unless told.
Lang ui_lang = Lang::kNl;

void Fail(const Message& message) { std::cerr << "leernet: " << message.In(ui_lang) << "\n"; }

Message Unchanged(const Message& what, const std::string& out) {
  return what + Say("; {0} is ongewijzigd", "; {0} is unchanged", {out});
}

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

leernet::BuildOptions DefaultOptions() {
  leernet::BuildOptions options;
  options.default_theme = EnvOr("LEERNET_THEME_DIR", LEERNET_DEFAULT_THEME);
  options.node_modules = EnvOr("LEERNET_NODE_MODULES", LEERNET_NODE_MODULES_DIR);
  options.dates_from_git = true;
  return options;
}

// CLI11 says what is wrong with the arguments in English; the most common cases in Dutch.
std::string ParseErrorText(const CLI::ParseError& e) {
  std::string text = e.what();
  if (ui_lang == Lang::kEn) return text;
  const std::pair<const char*, const char*> kDutch[] = {
      {"The following argument was not expected: ", "Dit argument wordt niet verwacht: "},
      {"The following arguments were not expected: ", "Deze argumenten worden niet verwacht: "},
      {"A subcommand is required", "Geef een opdracht, zoals build, check, serve of new"},
  };
  for (const auto& [en, nl] : kDutch) {
    if (text.rfind(en, 0) == 0) return nl + text.substr(std::string(en).size());
  }
  return text;
}

int RunBuildCommand(leernet::BuildOptions options, const std::string& out, const std::string& search_docs, bool quiet,
                    bool timings) {
  auto start = std::chrono::steady_clock::now();
  options.search_docs = !search_docs.empty();
  Message refused = leernet::CheckOutputDir(out, options.source);
  if (!refused.empty()) {
    Fail(refused);
    return kUsageError;
  }
  // The staging folder is made (and what killed builds left is removed) before the build, which
  // writes every file into it as soon as the file is made.
  Message open_error;
  std::unique_ptr<leernet::StagedSite> staged = leernet::StagedSite::Open(out, options.source, open_error);
  if (!staged) {
    Fail(Unchanged(open_error, out));
    return kIoError;
  }
  leernet::DiskFileSystem fs;
  leernet::BuildResult result = leernet::StreamBuild(fs, options, *staged);
  leernet::PrintDiagnostics(result, std::cerr, ui_lang);
  if (result.diags.HasErrors()) {
    staged.reset();  // removes what was written
    Fail(Say("{0} fout(en); er is niets gepubliceerd, {1} is ongewijzigd",
             "{0} error(s); nothing was published, {1} is unchanged",
             {std::to_string(result.diags.ErrorCount()), out}));
    return kContentError;
  }
  auto publish_start = std::chrono::steady_clock::now();
  Message publish_error;
  bool published = staged->Commit(publish_error);
  size_t bytes_written = staged->BytesWritten();
  staged.reset();
  result.timings.emplace_back("publish",
                              std::chrono::duration<double>(std::chrono::steady_clock::now() - publish_start).count());
  if (timings) {
    for (const auto& [stage, seconds] : result.timings) std::fprintf(stderr, "%-12s %8.3f s\n", stage.c_str(), seconds);
  }
  if (!published) {
    Fail(Unchanged(publish_error, out));
    return kIoError;
  }
  if (!search_docs.empty()) {
    std::ofstream f(search_docs, std::ios::binary);
    f << result.search.search_docs;
    if (!f) {
      Fail(Say("kan {0} niet schrijven", "cannot write {0}", {search_docs}));
      return kIoError;
    }
  }
  if (!quiet) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char duration[32];
    std::snprintf(duration, sizeof duration, "%.2f", seconds);
    std::cout << "leernet: "
              << Say("{0} bestanden, {1} KB ({2} entries, zoekindex {3} KB) geschreven naar {4} in {5} s",
                     "{0} files, {1} KB ({2} entries, search index {3} KB) written to {4} in {5} s",
                     {std::to_string(result.output.Count()), std::to_string(bytes_written / 1024),
                      std::to_string(result.entries), std::to_string(result.search.index_bytes / 1024), out, duration})
                     .In(ui_lang)
              << "\n";
  }
  return kOk;
}

int RunCheckCommand(leernet::BuildOptions options, const std::string& format, bool quiet, bool strict) {
  leernet::DiskFileSystem fs;
  leernet::BuildResult result = leernet::RunCheck(fs, options);
  if (strict) result.diags.TreatWarningsAsErrors();
  if (format == "json") {
    std::cout << leernet::DiagnosticsJson(result, ui_lang);
  } else {
    leernet::PrintDiagnostics(result, std::cerr, ui_lang);
    if (!quiet && !result.diags.HasErrors()) {
      std::cout << "leernet: "
                << Say("{0} items in {1} zijn geldig", "{0} entries in {1} are valid",
                       {std::to_string(result.entries), options.source})
                       .In(ui_lang)
                << "\n";
    }
  }
  return result.diags.HasErrors() ? kContentError : kOk;
}

int RunAnalyzeCommand(const std::string& lang, const std::vector<std::string>& words) {
  auto language = leernet::search::LanguageFromCode(lang);
  if (!language) {
    Fail(Say("onbekende taal '{0}' (gebruik nl of en)", "unknown language '{0}' (use nl or en)", {lang}));
    return kUsageError;
  }
  if (words.empty()) {
    leernet::search::AnalyzeLines(*language, std::cin, std::cout);
    return kOk;
  }
  std::string text;
  for (const std::string& w : words) text += (text.empty() ? "" : " ") + w;
  for (const std::string& term : leernet::search::AnalyzeTerms(*language, text)) std::cout << term << "\n";
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"leernet: builds a knowledge base of Markdown and YAML into a static, searchable site"};
  app.set_version_flag("--version", std::string("leernet ") + LEERNET_VERSION);
  app.require_subcommand(1);
  leernet::BuildOptions options = DefaultOptions();
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet, "Print only problems");
  std::string ui_lang_name = "nl";
  app.add_option("--lang", ui_lang_name, "Language of the messages: nl or en")->capture_default_str();
  // `leernet check --lang en` as well as `leernet --lang en check`; a subcommand's own options
  // (analyze --lang) come first.
  app.fallthrough();

  std::string out = "public";
  std::string search_docs;
  CLI::App* build = app.add_subcommand("build", "Build the site into a folder");
  build->add_option("--source", options.source, "Content folder")->capture_default_str();
  build->add_option("--out", out, "Output folder (replaced as a whole when the build succeeds)")->capture_default_str();
  build->add_option("--theme", options.theme_override, "Theme folder whose files replace the default theme's");
  build->add_option("--search-docs", search_docs, "Also write the documents that went into the search index");
  build->add_flag("-q,--quiet", quiet, "Print only problems");
  bool timings = false;
  build->add_flag("--timings", timings, "Print how long each stage took");
  build
      ->add_option("-j,--jobs", options.jobs,
                   "Threads to use (default: one per core); output is the same for any number")
      ->check(CLI::NonNegativeNumber);

  std::string format = "text";
  CLI::App* check = app.add_subcommand("check", "Validate the content and write nothing");
  check->add_option("--source", options.source, "Content folder")->capture_default_str();
  check->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  check->add_flag("-q,--quiet", quiet, "Print only problems");
  bool strict = false;
  check->add_flag("--strict", strict, "Treat every warning as an error (exit code 1)");
  check->add_option("-j,--jobs", options.jobs, "Threads to use (default: one per core)")->check(CLI::NonNegativeNumber);

  std::string lang = "nl";
  std::vector<std::string> words;
  CLI::App* analyze = app.add_subcommand("analyze", "Print the search terms the index makes from text");
  analyze->add_option("--lang", lang, "nl or en")->capture_default_str();
  analyze->add_option("text", words, "Text; without it, each line of standard input");

  leernet::serve::ServeOptions serve_options;
  CLI::App* serve = app.add_subcommand("serve", "Build the site into memory and serve it with live reload");
  serve->add_option("--source", options.source, "Content folder")->capture_default_str();
  serve->add_option("--theme", options.theme_override, "Theme folder whose files replace the default theme's");
  serve->add_option("--port", serve_options.port, "Port; 0 picks a free one")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", serve_options.bind, "Address to listen on")->capture_default_str();

  std::string json_schema_dir, dump_fields;
  CLI::App* schema = app.add_subcommand("schema", "Write a JSON Schema per kind for editors' YAML tooling");
  schema->add_option("--source", options.source, "Content folder")->capture_default_str();
  schema->add_option("--json-schema", json_schema_dir, "Folder for <kind>.schema.json files");
  schema->add_option("--dump-fields", dump_fields, "Also write every entry's fields as JSON to this file");

  std::string new_kind, new_slug;
  CLI::App* create = app.add_subcommand("new", "Start a new entry from its kind's archetype");
  bool list_kinds = false;
  create->add_option("kind", new_kind, "Kind of entry, such as netwerk");
  create->add_option("slug", new_slug, "File name without extension: lowercase letters, digits, hyphens");
  create->add_flag("--list", list_kinds, "List every kind with its folder and description");
  create->add_option("--source", options.source, "Content folder")->capture_default_str();
  create->add_option("--theme", options.theme_override, "Theme folder with archetypes/<kind>.md");

  // Parse errors are reported before --lang is read; they need the language too.
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--lang" && std::string(argv[i + 1]) == "en") ui_lang = Lang::kEn;
  }
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--lang=en") ui_lang = Lang::kEn;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    Fail(Say("{0}\nZie leernet --help voor meer uitleg.", "{0}\nRun with --help for more information.",
             {ParseErrorText(e)}));
    return kUsageError;
  }
  if (std::optional<Lang> parsed = leernet::ParseLang(ui_lang_name)) {
    ui_lang = *parsed;
  } else {
    ui_lang = Lang::kNl;
    Fail(Say("onbekende taal '{0}' voor --lang (gebruik nl of en)", "unknown language '{0}' for --lang (use nl or en)",
             {ui_lang_name}));
    return kUsageError;
  }
  serve_options.lang = ui_lang;
  if (*create && !list_kinds && (new_kind.empty() || new_slug.empty())) {
    Fail(
        Say("geef een soort en een slug, zoals: leernet new netwerk mijn-netwerk (leernet new --list toont de soorten)",
            "give a kind and a slug, such as: leernet new netwerk my-network (leernet new --list shows the kinds)"));
    return kUsageError;
  }
  // A content folder that is not there is a path to fix, not content to fix: it gets the I/O
  // exit code before any command starts, the same for every command that reads content.
  if (!*analyze && !std::filesystem::is_directory(options.source)) {
    std::cerr << options.source << ": "
              << Say("fout: inhoudsmap bestaat niet (geef die met --source)",
                     "error: content folder does not exist (give it with --source)")
                     .In(ui_lang)
              << "\n";
    return kIoError;
  }
  try {
    if (*build) return RunBuildCommand(options, out, search_docs, quiet, timings);
    if (*check) return RunCheckCommand(options, format, quiet, strict);
    if (*analyze) return RunAnalyzeCommand(lang, words);
    if (*serve) return leernet::RunServe(options, serve_options);
    if (*schema) return leernet::RunSchemaCommand(options.source, json_schema_dir, dump_fields, ui_lang);
    if (*create && list_kinds) return leernet::RunListKindsCommand(options.source, ui_lang);
    if (*create) {
      std::vector<std::string> themes = {options.default_theme};
      if (!options.theme_override.empty()) themes.push_back(options.theme_override);
      return leernet::RunNewCommand(options.source, themes, new_kind, new_slug, ui_lang);
    }
  } catch (const std::exception& e) {
    Fail(leernet::Verbatim(e.what()));
    return kIoError;
  }
  return kUsageError;
}
