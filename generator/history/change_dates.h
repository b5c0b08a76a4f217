// When each entry file last changed, from git history, for "bijgewerkt" dates, the feed and the
// sitemap. Owns running git; knows nothing of entries or the site.
//
// Rule: a file's date is the author date (in the author's time zone) of the newest commit that
// touched it, read from ONE `git log` over the whole folder. A file that differs from HEAD
// (modified, staged or untracked), that git does not know, or that lies outside a git checkout
// (or when git is missing) gets its modification time instead, as a UTC date. Committed, unchanged
// files therefore get the same date on every machine and every run; a shallow clone dates every
// file to the oldest commit it has.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace leernet {

/// path -> "YYYY-MM-DD" for each of `paths` (relative to `repo_dir`, '/' separators) that exists.
/// `repo_dir` may be any folder inside a checkout, such as the content folder.
std::map<std::string, std::string> LastChangeDates(const std::vector<std::string>& paths,
                                                   const std::string& repo_dir);

/// The output of a program run without a shell, or nullopt-like {false, ""} when it could not
/// run or exited with a non-zero status. Exposed for tests.
struct ProgramOutput {
  bool ok = false;
  std::string out;
};
ProgramOutput RunProgram(const std::vector<std::string>& argv);

/// path -> newest date, parsed from `git log --format=%x01%as -z --name-only`.
std::map<std::string, std::string> ParseGitLog(const std::string& log);

}  // namespace leernet
