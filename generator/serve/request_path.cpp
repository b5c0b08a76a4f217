#include "serve/request_path.h"

#include <array>
#include <utility>

#include "publish/output_set.h"

namespace leernet::serve {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX once; a second pass never runs, so "%252e" stays the text "%2e".
std::optional<std::string> PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int hi = HexValue(text[i + 1]);
    int lo = HexValue(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

bool HasForbiddenByte(std::string_view path) {
  for (char c : path) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7f || c == '\\') return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ResolveRequestPath(std::string_view target) {
  std::string_view raw = target.substr(0, target.find_first_of("?#"));
  if (raw.empty() || raw[0] != '/') return std::nullopt;
  std::optional<std::string> decoded = PercentDecode(raw.substr(1));
  if (!decoded || HasForbiddenByte(*decoded)) return std::nullopt;
  std::string path = std::move(*decoded);
  if (path.empty() || path.back() == '/') path += "index.html";
  // IsContainedPath refuses "a//b", "./a" and "a/../b" outright rather than normalising them.
  if (!IsContainedPath(path)) return std::nullopt;
  return path;
}

std::string ContentTypeFor(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kTypes = {{
      {"html", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"json", "application/json; charset=utf-8"},
      {"svg", "image/svg+xml; charset=utf-8"},
      {"xml", "application/xml; charset=utf-8"},
      {"atom", "application/atom+xml; charset=utf-8"},
      {"rss", "application/rss+xml; charset=utf-8"},
      {"csv", "text/csv; charset=utf-8"},
      {"txt", "text/plain; charset=utf-8"},
      {"md", "text/markdown; charset=utf-8"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"ico", "image/x-icon"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"pdf", "application/pdf"},
      {"webmanifest", "application/manifest+json; charset=utf-8"},
  }};
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
    std::string ext(path.substr(dot + 1));
    for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const auto& [known, type] : kTypes) {
      if (ext == known) return std::string(type);
    }
  }
  return "application/octet-stream";
}

}  // namespace leernet::serve
