// Images and attachments in the content folder: which files count as one, and where the site
// publishes them. The loader finds them; the Markdown stage links to them; the output copies
// them. None of those needs to know the list of extensions.
#pragma once

#include <string>
#include <vector>

namespace leernet {

/// The folder for images and attachments that belong to no one entry.
inline constexpr const char* kMediaFolder = "media";

enum class MediaType { kNone, kImage, kAttachment };

struct MediaFile {
  std::string rel_path;  // relative to the content folder, e.g. "media/logo.png"
  std::string path;      // for messages: source dir + relative path
  MediaType type = MediaType::kNone;
  long long bytes = 0;
};

/// By the file name's extension, in any case ("Foto.JPG" is an image).
MediaType MediaTypeOf(const std::string& name);

/// The extensions that count as images and as attachments, for hints.
std::string ImageExtensions();
std::string AttachmentExtensions();

/// True for the extensions of a Markdown file other than ".md" (".markdown", ".mdown", ...).
bool IsOtherMarkdownName(const std::string& name);

/// Path of a media file in the site, relative to the site root: every file keeps its place in
/// the content folder below one folder, so no file can take the path of a page.
std::string MediaUrl(const std::string& rel_path);

}  // namespace leernet
