#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "base/file_system.h"

namespace leernet::serve {

namespace {

constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW;
// Content trees are shallow; the bound only guards against pathological nesting.
constexpr int kMaxDepth = 64;

std::string TrimSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

bool IsIgnoredName(const std::string& name) {
  return !name.empty() && (name[0] == '.' || name.back() == '~' || name[0] == '#');
}

FileWatcher::FileWatcher() {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

FileWatcher::~FileWatcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (stop_fd_ >= 0) close(stop_fd_);
}

bool FileWatcher::Watch(const std::string& root, Message* error) {
  if (inotify_fd_ < 0 || stop_fd_ < 0) {
    *error =
        Say("kan bestanden niet in de gaten houden: {0}", "cannot start watching files: {0}", {std::strerror(errno)});
    return false;
  }
  std::string dir = TrimSlashes(root);
  int wd = inotify_add_watch(inotify_fd_, dir.c_str(), kMask);
  if (wd < 0) {
    *error = Say("kan {0} niet in de gaten houden: {1}", "cannot watch {0}: {1}", {dir, std::strerror(errno)});
    return false;
  }
  roots_.push_back(dir);
  dirs_[wd] = dir;
  AddTree(dir, 0);
  return true;
}

void FileWatcher::AddTree(const std::string& dir, int depth) {
  int wd = inotify_add_watch(inotify_fd_, dir.c_str(), kMask);
  if (wd < 0) return;  // gone again, or the watch limit is reached: the next build still sees it
  dirs_[wd] = dir;
  if (depth >= kMaxDepth) return;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (IsIgnoredName(name) || !it->is_directory(ec) || it->is_symlink(ec)) continue;
    AddTree(JoinPath(dir, name), depth + 1);
  }
}

// A folder moved out keeps its watches under its old name; drop them, and let IN_MOVED_TO
// watch it again where it landed if that is inside a watched tree.
void FileWatcher::Unwatch(const std::string& dir) {
  for (auto it = dirs_.begin(); it != dirs_.end();) {
    const std::string& path = it->second;
    if (path == dir || (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/')) {
      inotify_rm_watch(inotify_fd_, it->first);
      it = dirs_.erase(it);
    } else {
      ++it;
    }
  }
}

void FileWatcher::ReadEvents(std::set<std::string>& changed) {
  alignas(inotify_event) char buffer[64 * 1024];
  for (;;) {
    ssize_t n = read(inotify_fd_, buffer, sizeof buffer);
    if (n <= 0) return;  // EAGAIN: drained
    for (ssize_t offset = 0; offset < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_Q_OVERFLOW) {
        // Events were lost: watch every folder again and let the build look at everything.
        for (const std::string& root : roots_) {
          AddTree(root, 0);
          changed.insert(root);
        }
        continue;
      }
      auto dir = dirs_.find(event->wd);
      if (dir == dirs_.end()) continue;
      if (event->mask & IN_IGNORED) {
        dirs_.erase(dir);
        continue;
      }
      std::string name = event->len ? std::string(event->name) : std::string();
      if (IsIgnoredName(name)) continue;
      std::string path = JoinPath(dir->second, name);
      if ((event->mask & IN_ISDIR) && (event->mask & IN_MOVED_FROM)) Unwatch(path);
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) AddTree(path, 1);
      changed.insert(path);
    }
  }
}

void FileWatcher::Run(std::chrono::milliseconds quiet, std::chrono::milliseconds longest, const Callback& callback) {
  using Clock = std::chrono::steady_clock;
  std::set<std::string> changed;
  Clock::time_point first;
  Clock::time_point last;
  for (;;) {
    int timeout = -1;
    if (!changed.empty()) {
      Clock::time_point due = std::min(last + quiet, first + longest);
      auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(due - Clock::now()).count();
      timeout = static_cast<int>(std::max<long long>(0, wait));
    }
    pollfd fds[2] = {{stop_fd_, POLLIN, 0}, {inotify_fd_, POLLIN, 0}};
    int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno != EINTR) return;
    if (fds[0].revents & POLLIN) return;
    if (ready > 0 && (fds[1].revents & POLLIN)) {
      bool was_empty = changed.empty();
      ReadEvents(changed);
      last = Clock::now();
      if (was_empty) first = last;
      if (changed.empty()) continue;
    }
    if (!changed.empty() && Clock::now() >= std::min(last + quiet, first + longest)) {
      std::vector<std::string> burst(changed.begin(), changed.end());
      changed.clear();
      callback(burst);
    }
  }
}

void FileWatcher::Stop() {
  uint64_t one = 1;
  ssize_t written = write(stop_fd_, &one, sizeof one);
  (void)written;  // the only failure is a full counter, which still wakes Run()
}

}  // namespace leernet::serve
