// All reading goes through FileSystem so that every stage can be tested on an in-memory tree.
// Paths are strings with '/' separators; relative paths are relative to the file system's root.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace leernet {

struct ReadResult {
  std::optional<std::string> text;
  std::string error;  // why it could not be read, when text is empty
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual ReadResult ReadFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  /// Every regular file below `dir`, as paths relative to `dir`, sorted bytewise.
  /// Symbolic links are reported in `links` instead, so that callers can refuse them.
  virtual std::vector<std::string> ListFiles(const std::string& dir,
                                             std::vector<std::string>* links = nullptr) const = 0;
  /// File size in bytes, or -1 when unknown.
  virtual long long FileSize(const std::string& path) const = 0;
};

/// The real disk, relative to the current working directory.
class DiskFileSystem : public FileSystem {
 public:
  ReadResult ReadFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir, std::vector<std::string>* links) const override;
  long long FileSize(const std::string& path) const override;
};

/// A tree held in memory, for tests.
class MemoryFileSystem : public FileSystem {
 public:
  MemoryFileSystem() = default;
  explicit MemoryFileSystem(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void Write(const std::string& path, std::string text) { files_[path] = std::move(text); }
  void Remove(const std::string& path) { files_.erase(path); }

  ReadResult ReadFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir, std::vector<std::string>* links) const override;
  long long FileSize(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

/// Joins two '/' paths; an empty side yields the other.
std::string JoinPath(const std::string& a, const std::string& b);

}  // namespace leernet
