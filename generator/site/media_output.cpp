#include "site/media_output.h"

namespace leernet {

void AddMediaFiles(const std::vector<MediaFile>& media, const FileSystem& fs, OutputSet& output, Diagnostics& diags) {
  for (const MediaFile& file : media) {
    // Read only now, one at a time: a streaming build then holds one picture, not all of them.
    ReadResult read = fs.ReadFile(file.path);
    if (!read.text) {
      diags.Error(file.path, {}, Say("kan bestand niet lezen: {0}", "cannot read file: {0}", {read.error}));
      continue;
    }
    if (!output.Add(MediaUrl(file.rel_path), std::move(*read.text))) {
      diags.Error(file.path, {},
                  Say("'{0}' kan niet in de site: het pad is al bezet",
                      "'{0}' cannot go into the site: the path is taken", {MediaUrl(file.rel_path)}));
    }
  }
}

}  // namespace leernet
