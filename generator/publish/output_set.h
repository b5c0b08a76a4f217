// Everything a build produces, held in memory until the publisher writes it in one go.
#pragma once

#include <map>
#include <string>

namespace leernet {

struct OutputSet {
  std::map<std::string, std::string> files;  // path relative to the output root -> bytes

  /// False when the path is taken already or would leave the output root.
  bool Add(const std::string& path, std::string bytes);
  size_t TotalBytes() const;
};

/// A path that stays inside its root: relative, no "..", no empty or "." parts, no NUL.
bool IsContainedPath(const std::string& path);

}  // namespace leernet
