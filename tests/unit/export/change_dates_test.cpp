#include <gtest/gtest.h>

#include <sys/stat.h>
#include <utime.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "history/change_dates.h"

namespace leernet {
namespace {

namespace fs = std::filesystem;

constexpr long long kOldMtime = 1000000000;  // 2001-09-09 01:46:40 UTC

class ChangeDatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "leernet-history-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& rel, const std::string& text, bool old_mtime = true) {
    fs::path p = fs::path(root_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    if (old_mtime) {
      struct utimbuf times = {static_cast<time_t>(kOldMtime), static_cast<time_t>(kOldMtime)};
      utime(p.c_str(), &times);
    }
  }

  bool Git(std::vector<std::string> args) {
    std::vector<std::string> argv = {"git", "-C", root_, "-c", "user.name=Test", "-c", "user.email=test@example.org",
                                     "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"};
    argv.insert(argv.end(), args.begin(), args.end());
    return RunProgram(argv).ok;
  }

  // A commit with fixed author and committer dates.
  bool Commit(const std::string& date, const std::string& message) {
    setenv("GIT_AUTHOR_DATE", date.c_str(), 1);
    setenv("GIT_COMMITTER_DATE", date.c_str(), 1);
    bool ok = Git({"add", "-A"}) && Git({"commit", "-q", "-m", message});
    unsetenv("GIT_AUTHOR_DATE");
    unsetenv("GIT_COMMITTER_DATE");
    return ok;
  }

  std::string root_;
};

TEST(ChangeDatesParseTest, NewestDatePerPath) {
  std::string log = std::string("\x01") + "2024-05-01" + '\0' + "\na.md" + '\0' + "b c.md" + '\0' + '\x01' +
                    "2023-01-01" + '\0' + "\na.md" + '\0' + '\x01' + "2025-01-01" + '\0' + '\x01' + "2024-06-01" +
                    '\0' + "\nb c.md" + '\0';
  auto dates = ParseGitLog(log);
  EXPECT_EQ(dates, (std::map<std::string, std::string>{{"a.md", "2024-05-01"}, {"b c.md", "2024-06-01"}}));
}

TEST_F(ChangeDatesTest, CommittedFilesGetTheirLastCommitDate) {
  ASSERT_TRUE(Git({"init", "-q"}));
  Write("content/netwerken/a.md", "1");
  Write("content/netwerken/met spatie.md", "1");
  Write("content/themas/b.yaml", "1");
  Write("elders.md", "1");
  ASSERT_TRUE(Commit("2020-01-02T10:00:00+01:00", "eerste"));
  Write("content/netwerken/a.md", "tweede versie");
  ASSERT_TRUE(Commit("2021-03-04T23:30:00-05:00", "tweede"));
  Write("content/themas/b.yaml", "derde versie");
  ASSERT_TRUE(Commit("2019-07-08T12:00:00+00:00", "teruggedateerd"));

  auto dates = LastChangeDates({"netwerken/a.md", "netwerken/met spatie.md", "themas/b.yaml", "ontbreekt.md"},
                               root_ + "/content");
  EXPECT_EQ(dates, (std::map<std::string, std::string>{{"netwerken/a.md", "2021-03-04"},
                                                        {"netwerken/met spatie.md", "2020-01-02"},
                                                        {"themas/b.yaml", "2020-01-02"}}));
  // The same answer on a second run: committed dates do not depend on the file system.
  EXPECT_EQ(LastChangeDates({"netwerken/a.md"}, root_ + "/content").at("netwerken/a.md"), "2021-03-04");
}

TEST_F(ChangeDatesTest, UncommittedChangesShowTheModificationTime) {
  ASSERT_TRUE(Git({"init", "-q"}));
  Write("content/a.md", "1");
  Write("content/b.md", "1");
  Write("content/c.md", "1");
  ASSERT_TRUE(Commit("2020-01-02T10:00:00+00:00", "eerste"));
  Write("content/a.md", "gewijzigd");   // modified, not staged
  Write("content/b.md", "gewijzigd");   // modified and staged
  ASSERT_TRUE(Git({"add", "content/b.md"}));
  Write("content/nieuw.md", "nieuw");  // untracked
  auto dates = LastChangeDates({"a.md", "b.md", "c.md", "nieuw.md"}, root_ + "/content");
  EXPECT_EQ(dates, (std::map<std::string, std::string>{
                       {"a.md", "2001-09-09"}, {"b.md", "2001-09-09"}, {"c.md", "2020-01-02"}, {"nieuw.md", "2001-09-09"}}));
}

TEST_F(ChangeDatesTest, OutsideGitEveryFileShowsItsModificationTime) {
  Write("a.md", "1");
  auto dates = LastChangeDates({"a.md", "weg.md"}, root_);
  EXPECT_EQ(dates, (std::map<std::string, std::string>{{"a.md", "2001-09-09"}}));
}

TEST(RunProgramTest, ReportsFailureAndPassesArgumentsUnchanged) {
  EXPECT_FALSE(RunProgram({"leernet-no-such-program"}).ok);
  EXPECT_FALSE(RunProgram({"false"}).ok);
  ProgramOutput echo = RunProgram({"printf", "%s|", "a b", "$(x);'\""});
  EXPECT_TRUE(echo.ok);
  EXPECT_EQ(echo.out, "a b|$(x);'\"|");
}

}  // namespace
}  // namespace leernet
