#include "render/theme.h"

#include "load/content_loader.h"

namespace leernet {

namespace {

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

Theme LoadTheme(const FileSystem& fs, const std::vector<std::string>& dirs, const std::string& language,
                Diagnostics& diags) {
  Theme theme;
  for (const std::string& dir : dirs) {
    if (!fs.IsDirectory(dir)) {
      diags.Error(dir, {}, Say("de themamap bestaat niet", "theme folder does not exist"),
                  Say("controleer het pad van het thema", "check the path of the theme"));
      continue;
    }
    std::vector<std::string> links;
    std::vector<std::string> files = fs.ListFiles(dir, &links);
    for (const std::string& link : links) {
      diags.Error(
          JoinPath(dir, link), {},
          Say("symbolische links worden in een thema niet gevolgd", "symbolic links are not followed in a theme"),
          Say("zet het bestand zelf in de themamap", "put the file itself in the theme folder"));
    }
    for (const std::string& rel : files) {
      std::string path = JoinPath(dir, rel);
      std::string name = rel.substr(rel.rfind('/') + 1);
      if (name.empty() || name[0] == '.') continue;
      if (rel == "i18n/" + language + ".yaml") {
        std::optional<Value> strings = LoadYamlFile(fs, path, diags, &theme.texts);
        if (!strings) continue;
        if (!strings->IsMap()) {
          diags.Error(path, strings->pos,
                      Say("de teksten van de interface moeten een map van sleutel: tekst zijn",
                          "UI strings must be a map of key: text"));
          continue;
        }
        for (const MapEntry& e : strings->entries) {
          if (e.value.IsScalar())
            theme.strings[e.key] = e.value.scalar;
          else
            diags.Error(
                path, e.value.pos, Say("interfacetekst '{0}' moet tekst zijn", "UI string '{0}' must be text", {e.key}),
                Say("zet de tekst op dezelfde regel als de sleutel", "write the text on the same line as the key"));
        }
        continue;
      }
      std::map<std::string, std::string>* target = nullptr;
      std::string key;
      if (StartsWith(rel, "templates/partials/")) {
        target = &theme.partials;
        key = rel.substr(19, rel.rfind('.') - 19);
      } else if (StartsWith(rel, "templates/")) {
        target = &theme.templates;
        key = rel.substr(10);
      } else if (StartsWith(rel, "assets/")) {
        target = &theme.assets;
        key = rel.substr(7);
      } else if (StartsWith(rel, "archetypes/")) {
        target = &theme.archetypes;
        key = rel.substr(11);
      } else {
        continue;
      }
      ReadResult read = fs.ReadFile(path);
      if (!read.text) {
        diags.Error(
            path, {}, Say("themabestand kan niet worden gelezen: {0}", "cannot read theme file: {0}", {read.error}),
            Say("controleer of het bestand bestaat en leesbaar is", "check that the file exists and can be read"));
        continue;
      }
      if (target != &theme.assets) theme.texts[path] = *read.text;
      (*target)[key] = std::move(*read.text);
    }
  }
  return theme;
}

}  // namespace leernet
