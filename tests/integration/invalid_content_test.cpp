// Every case under tests/fixtures/invalid/ lays its files over the basis fixture site and must
// give exactly the diagnostics in its expected.txt, and no output.
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

class InvalidContentTest : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidContentTest, ReportsExactDiagnosticsAndWritesNothing) {
  const std::string dir = testing::SourcePath("tests/fixtures/invalid/" + GetParam());
  // The disk file system is not used: a case's files are overlaid on the basis site in memory.
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  for (auto& [path, text] : testing::ReadTree(dir + "/content", "content/")) files[path] = text;
  MemoryFileSystem mem(files);

  BuildResult check = RunCheck(mem, testing::TestBuildOptions());
  std::string actual = testing::JoinLines(testing::HeadlinesAndTips(check.diags, &check.texts));
  std::string expected_path = dir + "/expected.txt";
  if (std::getenv("LEERNET_UPDATE_GOLDEN")) std::ofstream(expected_path, std::ios::binary) << actual;
  std::ifstream in(expected_path, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << expected_path;
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual);
  EXPECT_TRUE(check.diags.HasErrors());

  BuildResult build = RunBuild(mem, testing::TestBuildOptions());
  EXPECT_TRUE(build.diags.HasErrors());
  EXPECT_TRUE(build.output.files.empty()) << "a failed build must produce nothing to publish";
}

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("tests/fixtures/invalid"))) {
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

INSTANTIATE_TEST_SUITE_P(Fixtures, InvalidContentTest, ::testing::ValuesIn(Cases()), CaseName);

}  // namespace
}  // namespace leernet
