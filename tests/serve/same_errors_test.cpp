// `serve` must show an editor the same errors as `check`, word for word: for every invalid case
// under tests/fixtures/invalid/, both on the first build and after an edit that breaks a site
// that was good (the incremental path, where errors once went missing).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "serve/site_builder.h"
#include "support/test_site.h"

namespace leernet::serve {
namespace {

namespace fs = std::filesystem;

class SameErrorsTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::map<std::string, std::string> CaseFiles() const {
    return testing::ReadTree(testing::SourcePath("tests/fixtures/invalid/" + GetParam()) + "/content", "content/");
  }
  static std::string CheckReport(const FileSystem& fs, Lang lang) {
    std::ostringstream report;
    PrintDiagnostics(RunCheck(fs, testing::TestBuildOptions()), report, lang);
    return report.str();
  }
};

TEST_P(SameErrorsTest, FirstBuildReportsWhatCheckReports) {
  std::map<std::string, std::string> files =
      testing::SiteFiles(testing::SourcePath("tests/fixtures/sites/basis/content"));
  for (auto& [path, text] : CaseFiles()) files[path] = text;
  MemoryFileSystem site(files);
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    std::string check = CheckReport(site, lang);
    SiteBuilder builder(site, testing::TestBuildOptions(), lang);
    BuildOutcome served = builder.BuildAll();
    EXPECT_FALSE(served.ok);
    EXPECT_EQ(served.report, check);
  }
}

TEST_P(SameErrorsTest, RebuildAfterABreakingEditReportsWhatCheckReports) {
  MemoryFileSystem site = testing::BasisSite();
  SiteBuilder builder(site, testing::TestBuildOptions());
  ASSERT_TRUE(builder.BuildAll().ok);
  std::vector<std::string> changed;
  for (auto& [path, text] : CaseFiles()) {
    site.Write(path, text);
    changed.push_back(path);
  }
  BuildOutcome served = builder.Rebuild(changed);
  EXPECT_FALSE(served.ok);
  EXPECT_EQ(served.report, CheckReport(site, Lang::kNl));
}

std::vector<std::string> InvalidCases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::SourcePath("tests/fixtures/invalid"))) {
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string CaseName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Invalid, SameErrorsTest, ::testing::ValuesIn(InvalidCases()), CaseName);

}  // namespace
}  // namespace leernet::serve
