// Copies the images and attachments of content/ into the site, each at MediaUrl of its path.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/media_files.h"
#include "publish/output_set.h"

namespace leernet {

void AddMediaFiles(const std::vector<MediaFile>& media, const FileSystem& fs, OutputSet& output, Diagnostics& diags);

}  // namespace leernet
