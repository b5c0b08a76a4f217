#include "history/change_dates.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <set>

extern char** environ;

namespace leernet {

namespace {

std::string MtimeDate(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "";
  std::tm tm{};
  time_t t = st.st_mtime;
  if (!gmtime_r(&t, &tm)) return "";
  char buf[16];
  if (std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm) != 10) return "";
  return buf;
}

std::vector<std::string> SplitNul(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\0', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Paths that differ from HEAD, relative to `repo_dir`. `git status` names paths relative to the
// top of the work tree, so the folder's own prefix is cut off.
std::set<std::string> ChangedSinceHead(const std::string& repo_dir, const std::string& prefix) {
  std::set<std::string> out;
  ProgramOutput status = RunProgram({"git", "--no-optional-locks", "-C", repo_dir, "status", "--porcelain=v1", "-z",
                                     "--untracked-files=all", "--no-renames", "--", "."});
  if (!status.ok) return out;
  for (const std::string& record : SplitNul(status.out)) {
    if (record.size() < 4) continue;
    std::string path = record.substr(3);
    if (path.compare(0, prefix.size(), prefix) == 0) out.insert(path.substr(prefix.size()));
  }
  return out;
}

}  // namespace

ProgramOutput RunProgram(const std::vector<std::string>& argv) {
  ProgramOutput result;
  int fds[2];
  if (pipe(fds) != 0) return result;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (spawned != 0) {
    close(fds[0]);
    return result;
  }
  char buf[65536];
  for (;;) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n > 0) {
      result.out.append(buf, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return result;
  }
  result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return result;
}

std::map<std::string, std::string> ParseGitLog(const std::string& log) {
  // Records: "\x01<date>", then "\n<path>" for the first path of a commit and "<path>" after.
  std::map<std::string, std::string> out;
  std::string date;
  for (std::string token : SplitNul(log)) {
    if (!token.empty() && token[0] == '\x01') {
      date = token.substr(1);
      continue;
    }
    while (!token.empty() && token[0] == '\n') token.erase(0, 1);
    if (token.empty() || date.empty()) continue;
    // Newest wins even when history is not in date order (merged branches, rebases).
    std::string& known = out[token];
    if (known < date) known = date;
  }
  return out;
}

std::map<std::string, std::string> LastChangeDates(const std::vector<std::string>& paths,
                                                   const std::string& repo_dir) {
  std::map<std::string, std::string> committed;
  std::set<std::string> changed;
  ProgramOutput prefix = RunProgram({"git", "-C", repo_dir, "rev-parse", "--show-prefix"});
  if (prefix.ok) {
    while (!prefix.out.empty() && (prefix.out.back() == '\n' || prefix.out.back() == '\r')) prefix.out.pop_back();
    ProgramOutput log = RunProgram({"git", "-C", repo_dir, "log", "--no-color", "--no-show-signature",
                                    "--format=%x01%as", "-z", "--name-only", "--no-renames", "--relative", "--",
                                    "."});
    if (log.ok) committed = ParseGitLog(log.out);
    changed = ChangedSinceHead(repo_dir, prefix.out);
  }
  std::map<std::string, std::string> out;
  for (const std::string& path : paths) {
    auto it = committed.find(path);
    if (it != committed.end() && !changed.count(path)) {
      out[path] = it->second;
      continue;
    }
    std::string mtime = MtimeDate(repo_dir.empty() ? path : repo_dir + "/" + path);
    if (!mtime.empty()) out[path] = mtime;
  }
  return out;
}

}  // namespace leernet
