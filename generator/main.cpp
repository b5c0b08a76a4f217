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
#include <string_view>
#include <utility>

#include "arguments.h"
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

// The help text of an option or command in the language of the messages.
std::string Help(std::string_view nl, std::string_view en) { return Say(nl, en).In(ui_lang); }

}  // namespace

int main(int argc, char** argv) {
  namespace args = leernet::arguments;
  // Help and parse errors are made before --lang is parsed; they need the language too.
  ui_lang = args::PeekLang(argc, argv);
  CLI::App app{Help("leernet: maakt van een kennisbank in Markdown en YAML een statische, doorzoekbare site",
                    "leernet: builds a knowledge base of Markdown and YAML into a static, searchable site")};
  args::LocalizeHelp(app, ui_lang);
  app.set_version_flag("--version", std::string("leernet ") + LEERNET_VERSION,
                       Help("Toon de versie", "Print the version"));
  app.require_subcommand(1);
  leernet::BuildOptions options = DefaultOptions();
  bool quiet = false;
  const std::string kSource = Help("Map met de inhoud", "Content folder");
  const std::string kTheme = Help("Map met themabestanden die die van het standaardthema vervangen",
                                  "Theme folder whose files replace the default theme's");
  const std::string kQuiet = Help("Toon alleen problemen", "Print only problems");
  app.add_flag("-q,--quiet", quiet, kQuiet);
  std::string ui_lang_name = "nl";
  app.add_option("--lang", ui_lang_name, Help("Taal van de meldingen: nl of en", "Language of the messages: nl or en"))
      ->capture_default_str();
  // `leernet check --lang en` as well as `leernet --lang en check`; a subcommand's own options
  // (analyze --lang) come first.
  app.fallthrough();

  std::string out = "public";
  std::string search_docs;
  CLI::App* build =
      args::AddCommand(app, "build", Say("Bouw de site in een map", "Build the site into a folder"), ui_lang);
  build->add_option("--source", options.source, kSource)->capture_default_str();
  build
      ->add_option("--out", out,
                   Help("Uitvoermap (als geheel vervangen als de bouw slaagt)",
                        "Output folder (replaced as a whole when the build succeeds)"))
      ->capture_default_str();
  build->add_option("--theme", options.theme_override, kTheme);
  build->add_option("--search-docs", search_docs,
                    Help("Schrijf ook de documenten die in de zoekindex gingen",
                         "Also write the documents that went into the search index"));
  build->add_flag("-q,--quiet", quiet, kQuiet);
  bool timings = false;
  build->add_flag("--timings", timings, Help("Toon hoe lang elke stap duurde", "Print how long each stage took"));
  const std::string kJobs = Help("Aantal threads (standaard: een per kern); de uitvoer is voor elk aantal gelijk",
                                 "Threads to use (default: one per core); output is the same for any number");
  build->add_option("-j,--jobs", options.jobs, kJobs)
      ->type_name(Help("GETAL", "INT"))
      ->check(args::WholeNumber(0, 1024, ui_lang));

  std::string format = "text";
  CLI::App* check = args::AddCommand(
      app, "check", Say("Controleer de inhoud en schrijf niets", "Validate the content and write nothing"), ui_lang);
  check->add_option("--source", options.source, kSource)->capture_default_str();
  check->add_option("--format", format, Help("text of json", "text or json"))
      ->check(args::OneOf({"text", "json"}, ui_lang));
  check->add_flag("-q,--quiet", quiet, kQuiet);
  bool strict = false;
  check->add_flag(
      "--strict", strict,
      Help("Behandel elke waarschuwing als fout (afsluitcode 1)", "Treat every warning as an error (exit code 1)"));
  check->add_option("-j,--jobs", options.jobs, kJobs)
      ->type_name(Help("GETAL", "INT"))
      ->check(args::WholeNumber(0, 1024, ui_lang));

  std::string lang = "nl";
  std::vector<std::string> words;
  CLI::App* analyze = args::AddCommand(
      app, "analyze",
      Say("Toon de zoektermen die de index van tekst maakt", "Print the search terms the index makes from text"),
      ui_lang);
  analyze->add_option("--lang", lang, Help("nl of en", "nl or en"))->capture_default_str();
  analyze->add_option(
      "text", words,
      Help("Tekst; zonder tekst elke regel van de standaardinvoer", "Text; without it, each line of standard input"));

  leernet::serve::ServeOptions serve_options;
  CLI::App* serve = args::AddCommand(app, "serve",
                                     Say("Bouw de site in het geheugen en toon die met live herladen",
                                         "Build the site into memory and serve it with live reload"),
                                     ui_lang);
  serve->add_option("--source", options.source, kSource)->capture_default_str();
  serve->add_option("--theme", options.theme_override, kTheme);
  serve->add_option("--port", serve_options.port, Help("Poort; 0 kiest een vrije", "Port; 0 picks a free one"))
      ->capture_default_str()
      ->type_name(Help("GETAL", "INT"))
      ->check(args::WholeNumber(0, 65535, ui_lang));
  serve->add_option("--bind", serve_options.bind, Help("Adres om op te luisteren", "Address to listen on"))
      ->capture_default_str();

  std::string json_schema_dir, dump_fields;
  CLI::App* schema = args::AddCommand(app, "schema",
                                      Say("Schrijf een JSON Schema per soort voor YAML-hulpmiddelen",
                                          "Write a JSON Schema per kind for editors' YAML tooling"),
                                      ui_lang);
  schema->add_option("--source", options.source, kSource)->capture_default_str();
  schema->add_option("--json-schema", json_schema_dir,
                     Help("Map voor de bestanden <soort>.schema.json", "Folder for <kind>.schema.json files"));
  schema->add_option("--dump-fields", dump_fields,
                     Help("Schrijf ook de velden van elk item als JSON naar dit bestand",
                          "Also write every entry's fields as JSON to this file"));

  std::string new_kind, new_slug;
  CLI::App* create = args::AddCommand(
      app, "new",
      Say("Begin een nieuw item vanuit het sjabloon van zijn soort", "Start a new entry from its kind's archetype"),
      ui_lang);
  bool list_kinds = false;
  create->add_option("kind", new_kind, Help("Soort item, zoals netwerk", "Kind of entry, such as netwerk"));
  create->add_option("slug", new_slug,
                     Help("Bestandsnaam zonder extensie: kleine letters, cijfers, koppeltekens",
                          "File name without extension: lowercase letters, digits, hyphens"));
  create->add_flag(
      "--list", list_kinds,
      Help("Toon elke soort met zijn map en beschrijving", "List every kind with its folder and description"));
  create->add_option("--source", options.source, kSource)->capture_default_str();
  create->add_option("--theme", options.theme_override,
                     Help("Themamap met archetypes/<soort>.md", "Theme folder with archetypes/<kind>.md"));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
    Fail(args::ErrorText(e, argc, argv, commands) +
         Say("\nZie leernet --help voor meer uitleg.", "\nRun with --help for more information."));
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
