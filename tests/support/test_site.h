// Helpers shared by the test suites: fixture paths, a small site in memory, and reading a
// folder from disk into a MemoryFileSystem.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "pipeline.h"

namespace leernet::testing {

/// Absolute path of a file or folder in the source tree.
std::string SourcePath(const std::string& rel);

/// Every file below `dir` on disk, keyed by `prefix` + its path relative to `dir`.
std::map<std::string, std::string> ReadTree(const std::string& dir, const std::string& prefix);
/// Names the first file in which two trees from ReadTree differ. EXPECT_EQ on whole trees
/// would have gtest print and line-diff hundreds of pages, which takes gigabytes.
std::string FirstDifference(const std::map<std::string, std::string>& got,
                            const std::map<std::string, std::string>& want);

/// A content folder from disk under "content/", with the default theme under "theme/" and the
/// browser search libraries under "node_modules/", as one in-memory tree.
std::map<std::string, std::string> SiteFiles(const std::string& content_dir);

/// The fixture site tests/fixtures/sites/basis as a MemoryFileSystem under "content/".
MemoryFileSystem BasisSite();

/// Build options that match the layout of SiteFiles.
BuildOptions TestBuildOptions();

/// The first line of each diagnostic ("path:line:col: error: message"), sorted.
std::vector<std::string> Headlines(const Diagnostics& diags);
/// The headlines, each followed by its "  tip: " line when it has a hint. With the files' texts,
/// columns are counted in characters as an editor sees them.
std::vector<std::string> HeadlinesAndTips(const Diagnostics& diags,
                                          const std::map<std::string, std::string>* texts = nullptr);
std::string JoinLines(const std::vector<std::string>& lines);

/// The bytes of a file on disk; empty when it cannot be read.
std::string ReadDiskFile(const std::string& path);

/// Writes a file on disk as editors save it: beside it first, then renamed over it, so that a
/// watcher never sees half a file.
void SaveDiskFile(const std::string& path, const std::string& text);

}  // namespace leernet::testing
