#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace leernet {

namespace fs = std::filesystem;

std::string JoinPath(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (b.empty()) return a;
  return a.back() == '/' ? a + b : a + "/" + b;
}

// One read of the whole file into a string of its size (a stream would copy it twice); files
// that grow or report no size are read on until the end.
ReadResult DiskFileSystem::ReadFile(const std::string& path) const {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {std::nullopt, "cannot open file"};
  struct stat st;
  std::string text;
  // One byte over the size, so the read that finds the end needs no larger string (growing it
  // would copy the whole file once more).
  text.resize((::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0) + 1);
  size_t have = 0;
  for (;;) {
    if (have == text.size()) text.resize(text.size() + 4096);
    ssize_t n = ::read(fd, text.data() + have, text.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return {std::nullopt, "cannot read file"};
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  text.resize(have);
  return {std::move(text), ""};
}

bool DiskFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool DiskFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::vector<std::string> DiskFileSystem::ListFiles(const std::string& dir, std::vector<std::string>* links) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  // The iterator's paths are `dir` joined with the names below it, so the relative path is the
  // rest of the string. fs::relative would resolve every component of both paths on disk: eight
  // system calls per file.
  const std::string prefix = fs::path(dir).generic_string();
  const size_t skip = prefix.size() + (prefix.empty() || prefix.back() == '/' ? 0 : 1);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string path = it->path().generic_string();
    std::string rel = path.compare(0, prefix.size(), prefix) == 0 && path.size() > skip
                          ? path.substr(skip)
                          : fs::relative(it->path(), dir, ec).generic_string();
    if (it->is_symlink(ec)) {
      if (links) links->push_back(rel);
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  if (links) std::sort(links->begin(), links->end());
  return out;
}

long long DiskFileSystem::FileSize(const std::string& path) const {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  return ec ? -1 : static_cast<long long>(size);
}

ReadResult MemoryFileSystem::ReadFile(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return {std::nullopt, "no such file"};
  return {it->second, ""};
}

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  std::string prefix = path.empty() || path == "." ? "" : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool MemoryFileSystem::IsFile(const std::string& path) const { return files_.count(path) > 0; }

std::vector<std::string> MemoryFileSystem::ListFiles(const std::string& dir, std::vector<std::string>*) const {
  std::string prefix = dir.empty() || dir == "." ? "" : dir + "/";
  std::vector<std::string> out;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    out.push_back(it->first.substr(prefix.size()));
  }
  return out;
}

long long MemoryFileSystem::FileSize(const std::string& path) const {
  auto it = files_.find(path);
  return it == files_.end() ? -1 : static_cast<long long>(it->second.size());
}

}  // namespace leernet
