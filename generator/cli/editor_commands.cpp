#include "cli/editor_commands.h"

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
bool Report(const SchemaExport& exported, const Diagnostics& diags) {
  BuildResult shown;
  shown.diags = diags;
  shown.texts = exported.texts;
  PrintDiagnostics(shown, std::cerr, Lang::kNl);
  return diags.HasErrors();
}

std::string Today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&now));
  return buf;
}

}  // namespace

int RunSchemaCommand(const std::string& source, const std::string& json_schema_dir, const std::string& dump_fields) {
  DiskFileSystem disk;
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(disk, source, diags);
  if (Report(exported, diags)) return kContentError;
  if (!json_schema_dir.empty()) {
    for (const auto& [name, text] : exported.schemas) {
      if (!WriteFile(fs::path(json_schema_dir) / name, text, false)) {
        std::cerr << "leernet: cannot write " << (fs::path(json_schema_dir) / name).string() << "\n";
        return kIoError;
      }
    }
    std::cout << "leernet: " << exported.schemas.size() << " JSON Schemas written to " << json_schema_dir << "\n";
  }
  if (!dump_fields.empty() && !WriteFile(dump_fields, exported.fields_dump, false)) {
    std::cerr << "leernet: cannot write " << dump_fields << "\n";
    return kIoError;
  }
  return kOk;
}

int RunNewCommand(const std::string& source, const std::vector<std::string>& theme_dirs, const std::string& kind,
                  const std::string& slug) {
  DiskFileSystem disk;
  Diagnostics diags;
  SchemaExport exported = LoadSchemaExport(disk, source, diags);
  if (Report(exported, diags)) return kContentError;
  const KindSpec* spec = exported.schema.FindKind(kind);
  if (!spec) {
    std::cerr << "leernet: unknown kind '" << kind << "'" << DidYouMeanSuffix(kind, exported.schema.KindNames()).nl
              << "\n";
    return kUsageError;
  }
  for (const char* ext : {".md", ".yaml", ".yml"}) {
    fs::path existing = fs::path(source) / spec->folder / (slug + ext);
    if (fs::exists(existing)) {
      std::cerr << "leernet: " << existing.string() << " already exists; nothing was written\n";
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
    std::cerr << "leernet: " << file.error << "\n";
    return kUsageError;
  }
  fs::path target = fs::path(source) / file.path;
  if (!WriteFile(target, file.text, true)) {
    std::cerr << "leernet: cannot write " << target.string() << "\n";
    return kIoError;
  }
  std::cout << target.string() << "\n";
  return kOk;
}

}  // namespace leernet
