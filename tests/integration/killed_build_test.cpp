// Kills real `leernet build` processes with SIGKILL at random moments while they write over an
// existing site: the old site must stay byte-for-byte as it was every time, and the next build
// must remove what the killed ones left behind and succeed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>

#include "support/test_site.h"

namespace leernet {
namespace {

namespace fs = std::filesystem;

class KilledBuildTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("leernet-killed-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(testing::SourcePath("tests/fixtures/sites/basis/content"), dir_ / "content", fs::copy_options::recursive);
    // Enough networks that a build takes a few hundred milliseconds, so kills land while
    // pages are written.
    std::string body;
    for (int i = 0; i < 60; ++i)
      body += "Leden bespreken elke maand een casus uit de eigen praktijk en leren samen.\n\n";
    for (int i = 0; i < kNetworks; ++i) {
      std::ofstream(dir_ / "content/netwerken" / ("kring-" + std::to_string(i) + ".md"))
          << "---\ntitel: Kring " << i << "\nsamenvatting: Een lerend netwerk van zorgverleners.\n"
          << "types: [intervisie]\nreikwijdte: lokaal\nthemas: [ouderenzorg]\n---\n"
          << body;
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Starts `leernet build --out <out>` in the test folder, output discarded.
  pid_t Start(const std::string& out) {
    std::fflush(nullptr);
    pid_t pid = ::fork();
    if (pid == 0) {
      if (::chdir(dir_.c_str()) != 0) ::_exit(127);
      int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      ::execl(LEERNET_BINARY, LEERNET_BINARY, "build", "--out", out.c_str(), "-q", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    return pid;
  }

  // Exit code of a build that ran to its end, -signal when it was killed.
  static int Wait(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }

  std::vector<std::string> Leftovers() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      std::string name = entry.path().filename().string();
      if (name.rfind(".public.", 0) == 0) found.push_back(name);
    }
    return found;
  }

  static constexpr int kNetworks = 400;
  fs::path dir_;
};

TEST_F(KilledBuildTest, OldSiteSurvivesEveryKillAndTheNextBuildCleansUp) {
  ASSERT_EQ(Wait(Start("public")), 0);
  const auto old_site = testing::ReadTree((dir_ / "public").string(), "");
  ASSERT_GT(old_site.size(), static_cast<size_t>(kNetworks));

  // The next builds make a different site, so a half-swapped one would show.
  std::ofstream(dir_ / "content/netwerken/kring-0.md", std::ios::app) << "\nEen zin die er eerst niet was.\n";
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(Wait(Start("expected")), 0);
  auto build_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  const auto new_site = testing::ReadTree((dir_ / "expected").string(), "");
  ASSERT_TRUE(new_site != old_site);

  std::mt19937 random(std::random_device{}());
  std::uniform_int_distribution<long> moment(0, std::max<long>(1, build_ms * 8 / 10));
  int killed = 0;
  int left_behind = 0;
  bool finished = false;
  bool swapped_before_kill = false;
  for (int round = 0; round < 6; ++round) {
    long delay_ms = moment(random);
    SCOPED_TRACE("round " + std::to_string(round) + ": kill after " + std::to_string(delay_ms) + " ms of about " +
                 std::to_string(build_ms));
    pid_t pid = Start("public");
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    int code = Wait(pid);
    if (code == -SIGKILL) {
      ++killed;
      if (!Leftovers().empty()) ++left_behind;
      // A kill that lands after the swap but before the process exits finds the new site in
      // place, which is just as whole. Anything else is a half-written site.
      const auto site = testing::ReadTree((dir_ / "public").string(), "");
      if (site == new_site) {
        swapped_before_kill = true;
        break;
      }
      EXPECT_TRUE(site == old_site) << "the old site changed: " << testing::FirstDifference(site, old_site);
    } else {
      // The build was faster than the kill: then it must have put the whole new site in place.
      ASSERT_EQ(code, 0);
      const auto site = testing::ReadTree((dir_ / "public").string(), "");
      EXPECT_TRUE(site == new_site) << testing::FirstDifference(site, new_site);
      finished = true;
      break;
    }
  }
  EXPECT_GT(killed, 0);
  std::printf("killed %d builds, %d left a staging folder behind%s\n", killed, left_behind,
              finished              ? "; one finished before its kill"
              : swapped_before_kill ? "; one had put the new site in place before its kill"
                                    : "");

  ASSERT_EQ(Wait(Start("public")), 0);
  const auto final_site = testing::ReadTree((dir_ / "public").string(), "");
  EXPECT_TRUE(final_site == new_site) << testing::FirstDifference(final_site, new_site);
  EXPECT_TRUE(Leftovers().empty()) << "left behind: " << Leftovers().front();
}

}  // namespace
}  // namespace leernet
