// The watcher on a real temporary folder: changes are reported, also in folders created after
// the watch began, and editor droppings are not.
#include "serve/file_watcher.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

namespace leernet::serve {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

class FileWatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "leernet-watch-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    Message error;
    ASSERT_TRUE(watcher_.Watch(root_, &error)) << error.en;
    thread_ = std::thread([this] {
      watcher_.Run(30ms, 1s, [this](const std::vector<std::string>& changed) {
        std::lock_guard<std::mutex> lock(mutex_);
        seen_.insert(seen_.end(), changed.begin(), changed.end());
        cv_.notify_all();
      });
    });
  }
  void TearDown() override {
    watcher_.Stop();
    if (thread_.joinable()) thread_.join();
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  // True once `path` was reported; waits at most five seconds.
  bool WaitReported(const std::string& path) {
    std::unique_lock<std::mutex> lock(mutex_);
    return cv_.wait_for(lock, 5s, [&] { return std::count(seen_.begin(), seen_.end(), path) > 0; });
  }
  bool Reported(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::count(seen_.begin(), seen_.end(), path) > 0;
  }
  static void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

  std::string root_;
  FileWatcher watcher_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<std::string> seen_;
};

TEST_F(FileWatcherTest, ReportsAChangedFile) {
  Write(root_ + "/a.md", "one");
  EXPECT_TRUE(WaitReported(root_ + "/a.md"));
}

TEST_F(FileWatcherTest, WatchesFoldersCreatedLater) {
  fs::create_directories(root_ + "/new/deeper");
  ASSERT_TRUE(WaitReported(root_ + "/new"));
  // The new folders are watched by now: a file written there later is reported too.
  Write(root_ + "/new/deeper/b.md", "two");
  EXPECT_TRUE(WaitReported(root_ + "/new/deeper/b.md"));
}

TEST_F(FileWatcherTest, IgnoresEditorFilesButNotTheFileBesideThem) {
  Write(root_ + "/.c.md.swp", "swap");
  Write(root_ + "/c.md~", "backup");
  Write(root_ + "/c.md", "three");
  ASSERT_TRUE(WaitReported(root_ + "/c.md"));
  EXPECT_FALSE(Reported(root_ + "/.c.md.swp"));
  EXPECT_FALSE(Reported(root_ + "/c.md~"));
}

TEST(FileWatcherNameTest, IgnoresHiddenAndBackupNames) {
  EXPECT_TRUE(IsIgnoredName(".git"));
  EXPECT_TRUE(IsIgnoredName("x.md~"));
  EXPECT_TRUE(IsIgnoredName("#x.md#"));
  EXPECT_FALSE(IsIgnoredName("x.md"));
  EXPECT_FALSE(IsIgnoredName(""));
}

}  // namespace
}  // namespace leernet::serve
