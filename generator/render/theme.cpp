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
      diags.Error(dir, {}, "theme folder does not exist");
      continue;
    }
    std::vector<std::string> links;
    std::vector<std::string> files = fs.ListFiles(dir, &links);
    for (const std::string& link : links) {
      diags.Error(JoinPath(dir, link), {}, "symbolic links are not followed in a theme");
    }
    for (const std::string& rel : files) {
      std::string path = JoinPath(dir, rel);
      std::string name = rel.substr(rel.rfind('/') + 1);
      if (name.empty() || name[0] == '.') continue;
      if (rel == "i18n/" + language + ".yaml") {
        std::optional<Value> strings = LoadYamlFile(fs, path, diags, &theme.texts);
        if (!strings) continue;
        if (!strings->IsMap()) {
          diags.Error(path, strings->pos, "UI strings must be a map of key: text");
          continue;
        }
        for (const MapEntry& e : strings->entries) {
          if (e.value.IsScalar()) theme.strings[e.key] = e.value.scalar;
          else diags.Error(path, e.value.pos, "UI string '" + e.key + "' must be text");
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
        diags.Error(path, {}, "cannot read theme file: " + read.error);
        continue;
      }
      if (target != &theme.assets) theme.texts[path] = *read.text;
      (*target)[key] = std::move(*read.text);
    }
  }
  return theme;
}

}  // namespace leernet
