#include "load/media_files.h"

#include <algorithm>

#include "base/text.h"

namespace leernet {

namespace {

// Formats every current browser shows, and documents an editor attaches to a page.
const std::vector<std::string> kImages = {"png", "jpg", "jpeg", "gif", "svg", "webp", "avif"};
const std::vector<std::string> kAttachments = {"pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp",
                                               "doc", "xls",  "ppt",  "csv",  "txt", "zip"};
const std::vector<std::string> kOtherMarkdown = {"markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt"};

std::string LowerExtension(const std::string& name) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0 || name.find('/', dot) != std::string::npos) return "";
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return ext;
}

bool Contains(const std::vector<std::string>& list, const std::string& ext) {
  return std::find(list.begin(), list.end(), ext) != list.end();
}

std::string Dotted(const std::vector<std::string>& list) {
  std::vector<std::string> dotted;
  for (const std::string& ext : list) dotted.push_back("." + ext);
  return JoinNames(dotted);
}

}  // namespace

MediaType MediaTypeOf(const std::string& name) {
  std::string ext = LowerExtension(name);
  if (Contains(kImages, ext)) return MediaType::kImage;
  if (Contains(kAttachments, ext)) return MediaType::kAttachment;
  return MediaType::kNone;
}

std::string ImageExtensions() { return Dotted(kImages); }
std::string AttachmentExtensions() { return Dotted(kAttachments); }

bool IsOtherMarkdownName(const std::string& name) { return Contains(kOtherMarkdown, LowerExtension(name)); }

std::string MediaUrl(const std::string& rel_path) { return "bestanden/" + rel_path; }

}  // namespace leernet
