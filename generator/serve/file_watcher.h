// Watches folder trees with inotify and reports each burst of changes once, after the tree has
// been quiet for a moment. Knows nothing of sites or builds.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/message.h"

namespace leernet::serve {

class FileWatcher {
 public:
  /// Paths that changed (files and folders, joined to the watched root as it was given).
  using Callback = std::function<void(const std::vector<std::string>& changed)>;

  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// Watches `root` and every folder below it, and folders created there later. Hidden
  /// folders (".git") are left out, as the loader leaves them out. False with a reason when
  /// `root` cannot be watched.
  bool Watch(const std::string& root, Message* error);

  /// Reports bursts to `callback` until Stop(); a burst ends after `quiet` without events, or
  /// after `longest` in any case so that a steady stream of writes cannot starve the build.
  void Run(std::chrono::milliseconds quiet, std::chrono::milliseconds longest, const Callback& callback);

  /// Ends Run(); callable from any thread.
  void Stop();

 private:
  void AddTree(const std::string& dir, int depth);
  void Unwatch(const std::string& dir);
  void ReadEvents(std::set<std::string>& changed);

  int inotify_fd_ = -1;
  int stop_fd_ = -1;
  std::vector<std::string> roots_;
  std::map<int, std::string> dirs_;  // watch descriptor -> folder
};

/// True for names that editors and tools write beside a file (".x.swp", "x~", ".#x"): the
/// loader skips hidden files, and a backup never is an entry.
bool IsIgnoredName(const std::string& name);

}  // namespace leernet::serve
