#include "publish/publisher.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

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

bool WriteAll(const fs::path& path, const std::string& bytes, std::string& error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    error = "cannot create folder " + path.parent_path().string() + ": " + ec.message();
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = "cannot create " + path.string() + ": " + std::error_code(errno, std::generic_category()).message();
    return false;
  }
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  int err = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) error = "cannot write " + path.string() + ": " + std::error_code(err, std::generic_category()).message();
  return ok;
}

}  // namespace

std::string CheckOutputDir(const std::string& out_dir, const std::string& source_dir) {
  if (out_dir.empty()) return "the output folder is empty";
  fs::path out = Normal(out_dir);
  if (out == out.root_path()) return "refusing to write the site to '/'";
  if (const char* home = std::getenv("HOME"); home && *home && out == Normal(home)) {
    return "refusing to replace the home folder with the site";
  }
  fs::path source = Normal(source_dir);
  if (out == source || IsInside(source, out)) return "refusing to replace the content folder with the site";
  if (IsInside(out, source)) return "the output folder may not be inside the content folder";
  if (out == Normal(".")) return "refusing to replace the current folder with the site";
  return "";
}

PublishResult Publish(const OutputSet& output, const std::string& out_dir, const std::string& source_dir) {
  PublishResult result;
  result.error = CheckOutputDir(out_dir, source_dir);
  if (!result.error.empty()) return result;
  fs::path target = Normal(out_dir);
  std::string pid = std::to_string(::getpid());
  fs::path fresh = target.parent_path() / ("." + target.filename().string() + ".new-" + pid);
  fs::path old = target.parent_path() / ("." + target.filename().string() + ".old-" + pid);
  std::error_code ec;
  fs::remove_all(fresh, ec);
  for (const auto& [path, bytes] : output.files) {
    if (!IsContainedPath(path)) {
      result.error = "output path '" + path + "' leaves the output folder";
      fs::remove_all(fresh, ec);
      return result;
    }
    if (!WriteAll(fresh / path, bytes, result.error)) {
      fs::remove_all(fresh, ec);
      return result;
    }
  }
  if (output.files.empty()) fs::create_directories(fresh, ec);
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) {
      result.error = "cannot move the previous site aside: " + ec.message();
      fs::remove_all(fresh, ec);
      return result;
    }
  }
  fs::rename(fresh, target, ec);
  if (ec) {
    result.error = "cannot move the new site into place: " + ec.message();
    std::error_code ignored;
    if (had_old) fs::rename(old, target, ignored);
    fs::remove_all(fresh, ignored);
    return result;
  }
  if (had_old) fs::remove_all(old, ec);
  result.ok = true;
  result.error.clear();
  return result;
}

}  // namespace leernet
