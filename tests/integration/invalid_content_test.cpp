// Every case under tests/fixtures/invalid/ lays its files over the basis fixture site and must
// give exactly the diagnostics in its expected.txt, and no output. Every case under
// tests/fixtures/warnings/ must give exactly its warnings, still build, and fail `--strict`.
// LEERNET_UPDATE_GOLDEN=1 rewrites expected.txt files on purpose.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_site.h"

namespace leernet {
namespace {

namespace fs = std::filesystem;

// The basis site with the case's files laid over it, in memory: the disk is not used.
MemoryFileSystem CaseSite(const std::string& dir) {
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  for (auto& [path, text] : testing::ReadTree(dir + "/content", "content/")) files[path] = text;
  return MemoryFileSystem(files);
}

// The diagnostics must equal the case's expected.txt; LEERNET_UPDATE_GOLDEN rewrites it.
void ExpectGolden(const std::string& dir, const BuildResult& check) {
  std::string actual = testing::JoinLines(testing::HeadlinesAndTips(check.diags, &check.texts));
  std::string expected_path = dir + "/expected.txt";
  if (std::getenv("LEERNET_UPDATE_GOLDEN")) std::ofstream(expected_path, std::ios::binary) << actual;
  std::ifstream in(expected_path, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << expected_path;
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual);
}

class InvalidContentTest : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidContentTest, ReportsExactDiagnosticsAndWritesNothing) {
  const std::string dir = testing::SourcePath("tests/fixtures/invalid/" + GetParam());
  MemoryFileSystem mem = CaseSite(dir);
  BuildResult check = RunCheck(mem, testing::TestBuildOptions());
  ExpectGolden(dir, check);
  EXPECT_TRUE(check.diags.HasErrors());

  BuildResult build = RunBuild(mem, testing::TestBuildOptions());
  EXPECT_TRUE(build.diags.HasErrors());
  EXPECT_TRUE(build.output.files.empty()) << "a failed build must produce nothing to publish";
}

class WarningContentTest : public ::testing::TestWithParam<std::string> {};

TEST_P(WarningContentTest, ReportsExactWarningsAndStillBuilds) {
  const std::string dir = testing::SourcePath("tests/fixtures/warnings/" + GetParam());
  MemoryFileSystem mem = CaseSite(dir);
  BuildResult check = RunCheck(mem, testing::TestBuildOptions());
  ExpectGolden(dir, check);
  EXPECT_FALSE(check.diags.HasErrors());
  EXPECT_GT(check.diags.items().size(), 0u) << "a warnings case must warn";
  Diagnostics strict = check.diags;
  strict.TreatWarningsAsErrors();
  EXPECT_EQ(strict.ErrorCount(), static_cast<int>(check.diags.items().size())) << "check --strict fails on each";

  BuildResult build = RunBuild(mem, testing::TestBuildOptions());
  EXPECT_FALSE(build.diags.HasErrors());
  EXPECT_GT(build.output.files.size(), 0u);
}

std::vector<std::string> Cases(const std::string& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("tests/fixtures/" + folder))) {
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string CaseName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name;
  bool upper = true;
  for (char c : info.param) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, InvalidContentTest, ::testing::ValuesIn(Cases("invalid")), CaseName);
INSTANTIATE_TEST_SUITE_P(Fixtures, WarningContentTest, ::testing::ValuesIn(Cases("warnings")), CaseName);

}  // namespace
}  // namespace leernet
