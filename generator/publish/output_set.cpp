#include "publish/output_set.h"

#include <utility>

namespace leernet {

bool IsContainedPath(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

bool OutputSet::Add(const std::string& path, std::string bytes) {
  if (!Reserve(path)) return false;
  Fill(path, std::move(bytes));
  return true;
}

bool OutputSet::AddInPieces(const std::string& path, const std::function<void(const PutPiece&)>& make) {
  if (!Reserve(path)) return false;
  if (!sink_) {
    std::string& bytes = files.find(path)->second;
    make([&](std::string_view piece) { bytes += piece; });
    return true;
  }
  bool first = true;
  make([&](std::string_view piece) {
    if (first) {
      sink_->Write(path, piece);
    } else {
      sink_->Append(path, piece);
    }
    first = false;
  });
  if (first) sink_->Write(path, "");
  return true;
}

bool OutputSet::Reserve(const std::string& path) {
  if (!IsContainedPath(path)) return false;
  if (sink_) return written_.insert(path).second;
  return files.emplace(path, std::string()).second;
}

void OutputSet::Fill(const std::string& path, std::string bytes) {
  if (sink_) {
    sink_->Write(path, bytes);
    return;
  }
  // Only finds an existing node: no insertion, so threads filling different paths never meet.
  auto it = files.find(path);
  if (it != files.end()) it->second = std::move(bytes);
}

size_t OutputSet::TotalBytes() const {
  size_t total = 0;
  for (const auto& [path, bytes] : files) total += bytes.size();
  return total;
}

}  // namespace leernet
