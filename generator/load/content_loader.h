// Walks the content folder and reads each entry file into fields (a Value map) and a Markdown
// body, keeping positions in file coordinates. It knows the folder of each kind, not its fields.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/value.h"
#include "load/media_files.h"
#include "schema/schema.h"

namespace leernet {

struct LoadLimits {
  long long max_file_bytes = 5 * 1024 * 1024;  // an entry file
  // Above these an image or attachment gives a warning: readers on a phone pay for every byte.
  long long image_warn_bytes = 500 * 1024;
  long long attachment_warn_bytes = 10 * 1024 * 1024;
};

struct SourceEntry {
  std::string kind;
  std::string slug;
  std::string path;        // for messages: source dir + relative path
  std::string rel_path;    // relative to the content folder, e.g. "netwerken/level.md"
  Value fields;            // a map, or null when the front matter is empty
  std::string body;        // Markdown
  int body_line = 1;       // file line of the body's first line
  int body_indent = 0;     // columns before the body's text on each line (a YAML block scalar)
  bool body_exact = true;  // false: positions inside the body can only be given as body_line
};

struct LoadedContent {
  std::vector<SourceEntry> entries;          // sorted by kind (schema order), then slug
  std::map<std::string, std::string> texts;  // path -> file text, for excerpts in messages
  // Files that could not be read or parsed (their error is reported): kind, slug and paths only.
  // Later stages treat them as present, so that one broken file stays one error instead of
  // "unknown reference" and "broken link" in every file that points to it.
  std::vector<SourceEntry> unreadable;
  // Images and attachments in the folders of kinds and in media/, sorted by path; read only
  // when the site is written.
  std::vector<MediaFile> media;
};

/// Reads and checks one YAML file (size, UTF-8, syntax). nullopt after reporting a problem.
std::optional<Value> LoadYamlFile(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                  std::map<std::string, std::string>* texts, const LoadLimits& limits = {});

/// Reads the files on `jobs` threads (0: one per core); the result does not depend on it.
/// Without `keep_texts`, `texts` holds only the files with a message: the caller reads a file
/// again when a later message needs its text (at 10,000 entries the texts are 75 MB).
LoadedContent LoadContent(const FileSystem& fs, const std::string& source_dir, const Schema& schema, Diagnostics& diags,
                          const LoadLimits& limits = {}, int jobs = 1, bool keep_texts = true);

}  // namespace leernet
