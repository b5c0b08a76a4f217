#include "publish/publisher.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace leernet {

namespace fs = std::filesystem;

namespace {

fs::path Normal(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return abs.lexically_normal();
}

bool IsInside(const fs::path& inner, const fs::path& outer) {
  auto rel = inner.lexically_relative(outer);
  return !rel.empty() && rel.native().rfind("..", 0) != 0;
}

std::string ErrnoText(int err) { return std::error_code(err, std::generic_category()).message(); }

// The staging and old-site folders of builds into `target` carry the builder's process id.
std::string LeftoverPrefix(const fs::path& target, const char* what) {
  return "." + target.filename().string() + "." + what + "-";
}

bool ProcessRuns(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

// Removes what builds into `target` that no longer run left behind. A build killed between the
// two renames of the fallback swap (file systems without RENAME_EXCHANGE) has its old site in
// `.<name>.old-<pid>`: that goes back in place when the target is missing. Folders of builds
// that still run are left alone.
void CleanLeftovers(const fs::path& target) {
  std::error_code ec;
  const std::string new_prefix = LeftoverPrefix(target, "new");
  const std::string old_prefix = LeftoverPrefix(target, "old");
  std::vector<fs::path> stale_new, stale_old;
  for (const fs::directory_entry& e : fs::directory_iterator(target.parent_path(), ec)) {
    std::string name = e.path().filename().string();
    bool is_new = name.rfind(new_prefix, 0) == 0;
    bool is_old = name.rfind(old_prefix, 0) == 0;
    if (!is_new && !is_old) continue;
    std::string digits = name.substr((is_new ? new_prefix : old_prefix).size());
    char* end = nullptr;
    long pid = std::strtol(digits.c_str(), &end, 10);
    if (digits.empty() || *end != '\0') continue;
    if (pid != ::getpid() && ProcessRuns(pid)) continue;
    (is_new ? stale_new : stale_old).push_back(e.path());
  }
  for (const fs::path& old : stale_old) {
    if (!fs::exists(target, ec)) {
      fs::rename(old, target, ec);
      if (!ec) continue;
    }
    fs::remove_all(old, ec);
  }
  for (const fs::path& p : stale_new) fs::remove_all(p, ec);
}

}  // namespace

Message CheckOutputDir(const std::string& out_dir, const std::string& source_dir) {
  if (out_dir.empty()) return Say("de uitvoermap is leeg", "the output folder is empty");
  fs::path out = Normal(out_dir);
  if (out == out.root_path()) return Say("de site wordt niet naar '/' geschreven", "refusing to write the site to '/'");
  if (const char* home = std::getenv("HOME"); home && *home && out == Normal(home)) {
    return Say("de thuismap wordt niet door de site vervangen", "refusing to replace the home folder with the site");
  }
  fs::path source = Normal(source_dir);
  if (out == source || IsInside(source, out)) {
    return Say("de inhoudsmap wordt niet door de site vervangen",
               "refusing to replace the content folder with the site");
  }
  if (IsInside(out, source)) {
    return Say("de uitvoermap mag niet in de inhoudsmap liggen",
               "the output folder may not be inside the content folder");
  }
  if (out == Normal(".")) {
    return Say("de huidige map wordt niet door de site vervangen",
               "refusing to replace the current folder with the site");
  }
  return {};
}

std::unique_ptr<StagedSite> StagedSite::Open(const std::string& out_dir, const std::string& source_dir,
                                             Message& error) {
  error = CheckOutputDir(out_dir, source_dir);
  if (!error.empty()) return nullptr;
  fs::path target = Normal(out_dir);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) {
    error = Say("kan map {0} niet maken: {1}", "cannot create folder {0}: {1}",
                {target.parent_path().string(), ec.message()});
    return nullptr;
  }
  CleanLeftovers(target);
  fs::path staging = target.parent_path() / (LeftoverPrefix(target, "new") + std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  if (!fs::create_directory(staging, ec) || ec) {
    error = ec ? Say("kan {0} niet maken: {1}", "cannot create {0}: {1}", {staging.string(), ec.message()})
               : Say("kan {0} niet maken: het bestaat al", "cannot create {0}: it exists", {staging.string()});
    return nullptr;
  }
  return std::unique_ptr<StagedSite>(new StagedSite(target.string(), staging.string()));
}

StagedSite::~StagedSite() {
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

void StagedSite::Fail(Message error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (error_.empty()) error_ = std::move(error);
}

Message StagedSite::Error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return error_;
}

// Creates the folders of `path` once per folder, so that writing 10,000 pages into a few
// folders does not ask the file system again for every page. A folder whose parent this build
// made is one mkdir, made outside the lock; another writer making it first is no error.
bool StagedSite::MakeParent(const std::string& path, Message& error) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return true;
  std::string dir = path.substr(0, slash);
  size_t up = dir.rfind('/');
  bool parent_made;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (dirs_.count(dir)) return true;
    parent_made = up == std::string::npos || dirs_.count(dir.substr(0, up));
  }
  fs::path full = fs::path(staging_) / dir;
  std::error_code ec;
  if (parent_made) {
    if (::mkdir(full.c_str(), 0777) != 0 && errno != EEXIST) ec = std::error_code(errno, std::generic_category());
  } else {
    fs::create_directories(full, ec);
  }
  if (ec) {
    error = Say("kan map {0} niet maken: {1}", "cannot create folder {0}: {1}", {full.string(), ec.message()});
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  for (size_t end = dir.size(); end != std::string::npos && end > 0; end = dir.rfind('/', end - 1)) {
    if (!dirs_.insert(dir.substr(0, end)).second) break;
  }
  return true;
}

void StagedSite::Write(const std::string& path, std::string_view bytes) {
  WriteFile(path, bytes, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC);
}

void StagedSite::Append(const std::string& path, std::string_view bytes) {
  WriteFile(path, bytes, O_WRONLY | O_APPEND | O_CLOEXEC);
}

void StagedSite::WriteFile(const std::string& path, std::string_view bytes, int open_flags) {
  Message error;
  if (!IsContainedPath(path)) {
    return Fail(
        Say("uitvoerpad '{0}' ligt buiten de uitvoermap", "output path '{0}' leaves the output folder", {path}));
  }
  if (!MakeParent(path, error)) return Fail(error);
  std::string full = staging_ + "/" + path;
  int fd = ::open(full.c_str(), open_flags, 0644);
  if (fd < 0) return Fail(Say("kan {0} niet maken: {1}", "cannot create {0}: {1}", {full, ErrnoText(errno)}));
  const char* p = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      return Fail(Say("kan {0} niet schrijven: {1}", "cannot write {0}: {1}", {full, ErrnoText(n < 0 ? err : ENOSPC)}));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::close(fd) != 0)
    return Fail(Say("kan {0} niet schrijven: {1}", "cannot write {0}: {1}", {full, ErrnoText(errno)}));
  bytes_ += bytes.size();
}

bool StagedSite::Commit(Message& error) {
  error = Error();
  if (!error.empty()) return false;
  std::error_code ec;
  fs::path target(target_), staging(staging_);
  if (!fs::exists(target, ec)) {
    fs::rename(staging, target, ec);
    if (ec) {
      error = Say("kan de nieuwe site niet op zijn plaats zetten: {0}", "cannot move the new site into place: {0}",
                  {ec.message()});
      return false;
    }
    committed_ = true;
    return true;
  }
  // One step, so that there is no moment without a site; the old site ends up under the
  // staging name and is removed from there.
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    committed_ = true;
    fs::remove_all(staging, ec);
    return true;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    error = Say("kan de nieuwe site niet op zijn plaats wisselen: {0}", "cannot swap the new site into place: {0}",
                {ErrnoText(errno)});
    return false;
  }
  // File systems without the exchange: two renames; CleanLeftovers repairs a kill in between.
  fs::path old = target.parent_path() / (LeftoverPrefix(target, "old") + std::to_string(::getpid()));
  fs::remove_all(old, ec);
  fs::rename(target, old, ec);
  if (ec) {
    error =
        Say("kan de vorige site niet opzij zetten: {0}", "cannot move the previous site aside: {0}", {ec.message()});
    return false;
  }
  fs::rename(staging, target, ec);
  if (ec) {
    error = Say("kan de nieuwe site niet op zijn plaats zetten: {0}", "cannot move the new site into place: {0}",
                {ec.message()});
    std::error_code ignored;
    fs::rename(old, target, ignored);
    return false;
  }
  committed_ = true;
  fs::remove_all(old, ec);
  return true;
}

PublishResult Publish(const OutputSet& output, const std::string& out_dir, const std::string& source_dir) {
  PublishResult result;
  std::unique_ptr<StagedSite> site = StagedSite::Open(out_dir, source_dir, result.error);
  if (!site) return result;
  for (const auto& [path, bytes] : output.files) {
    site->Write(path, bytes);
    if (!site->Error().empty()) break;
  }
  result.ok = site->Commit(result.error);
  if (result.ok) result.error = {};
  return result;
}

}  // namespace leernet
