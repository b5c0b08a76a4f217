#include "cli/editor_commands.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "archetype/archetype.h"
#include "cli/commands.h"
#include "jsonschema/json_schema.h"
#include "jsonschema/schema_export.h"

namespace leernet {

namespace fs = std::filesystem;

namespace {

constexpr int kOk = 0, kContentError = 1, kUsageError = 2, kIoError = 3;

bool WriteFile(const fs::path& path, const std::string& text, bool exclusive) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (exclusive && fs::exists(path, ec)) return false;
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

// Reports problems of the schema export; true when there were errors.
bool Report(const SchemaExport& exported, const Diagnostics& diags, Lang lang) {
  BuildResult shown;
  shown.diags = diags;
  shown.texts = exported.texts;
  PrintDiagnostics(shown, std::cerr, lang);
  return diags.HasErrors();
}

void Fail(const Message& message, Lang lang) { std::cerr << "leernet: " << message.In(lang) << "\n"; }

Message CannotWrite(const std::string& path) { return Say("kan {0} niet schrijven", "cannot write {0}", {path}); }

std::string Today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&now));
  return buf;
}

}  // namespace

int RunSchemaCommand(const std::string& source, const std::string& json_schema_dir, const std::string& dump_fields,
                     Lang lang) {
  DiskFileSystem disk;
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(disk, source, diags);
  if (Report(exported, diags, lang)) return kContentError;
  if (!json_schema_dir.empty()) {
    for (const auto& [name, text] : exported.schemas) {
      if (!WriteFile(fs::path(json_schema_dir) / name, text, false)) {
        Fail(CannotWrite((fs::path(json_schema_dir) / name).string()), lang);
        return kIoError;
      }
    }
    std::cout << "leernet: "
              << Say("{0} JSON Schema's geschreven naar {1}", "{0} JSON Schemas written to {1}",
                     {std::to_string(exported.schemas.size()), json_schema_dir})
                     .In(lang)
              << "\n";
  }
  if (!dump_fields.empty() && !WriteFile(dump_fields, exported.fields_dump, false)) {
    Fail(CannotWrite(dump_fields), lang);
    return kIoError;
  }
  return kOk;
}

int RunNewCommand(const std::string& source, const std::vector<std::string>& theme_dirs, const std::string& kind,
                  const std::string& slug, Lang lang) {
  DiskFileSystem disk;
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(disk, source, diags);
  if (Report(exported, diags, lang)) return kContentError;
  const KindSpec* spec = exported.schema.FindKind(kind);
  if (!spec) {
    Fail(Say("onbekende soort '{0}'", "unknown kind '{0}'", {kind}) +
             DidYouMeanSuffix(kind, exported.schema.KindNames()) +
             Say("; leernet new --list toont alle soorten", "; leernet new --list shows every kind"),
         lang);
    return kUsageError;
  }
  for (const char* ext : {".md", ".yaml", ".yml"}) {
    fs::path existing = fs::path(source) / spec->folder / (slug + ext);
    if (fs::exists(existing)) {
      Fail(
          Say("{0} bestaat al; er is niets geschreven", "{0} already exists; nothing was written", {existing.string()}),
          lang);
      return kUsageError;
    }
  }
  // The JSON Schemas are refreshed on every `new`, so that the lists of slugs stay current.
  for (const auto& [name, text] : exported.schemas) WriteFile(fs::path(source) / "_schemas" / name, text, false);
  ArchetypeOptions options;
  options.slugs = exported.slugs;
  options.today = Today();
  options.json_schema_path = "../_schemas/" + JsonSchemaFileName(kind);
  for (const std::string& dir : theme_dirs) {
    ReadResult archetype = disk.ReadFile(JoinPath(dir, "archetypes/" + kind + ".md"));
    if (archetype.text) options.theme_archetype = *archetype.text;
  }
  NewEntryFile file = MakeNewEntry(exported.schema, kind, slug, options);
  if (!file.error.empty()) {
    Fail(file.error, lang);
    return kUsageError;
  }
  fs::path target = fs::path(source) / file.path;
  if (!WriteFile(target, file.text, true)) {
    Fail(CannotWrite(target.string()), lang);
    return kIoError;
  }
  std::cout << target.string() << "\n";
  return kOk;
}

int RunListKindsCommand(const std::string& source, Lang lang) {
  DiskFileSystem disk;
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(disk, source, diags);
  if (Report(exported, diags, lang)) return kContentError;
  size_t name_width = 0, folder_width = 0;
  for (const KindSpec& kind : exported.schema.kinds) {
    name_width = std::max(name_width, kind.name.size());
    folder_width = std::max(folder_width, kind.folder.size() + 1);
  }
  for (const KindSpec& kind : exported.schema.kinds) {
    std::string folder = kind.folder + "/";
    std::string description = !kind.intro.empty() ? kind.intro : !kind.label.empty() ? kind.label : kind.name;
    std::cout << kind.name << std::string(name_width - kind.name.size() + 2, ' ') << folder
              << std::string(folder_width - folder.size() + 2, ' ') << description << "\n";
  }
  return kOk;
}

}  // namespace leernet
