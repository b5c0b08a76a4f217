#include "base/file_system.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace leernet {
namespace {

namespace fs = std::filesystem;

class DiskFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "leernet-files-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    cwd_ = fs::current_path();
    fs::create_directories(root_ / "content" / "netwerken" / "diep");
    std::ofstream(root_ / "content" / "site.yaml") << "title: x\n";
    std::ofstream(root_ / "content" / "netwerken" / "a.md") << "a\n";
    std::ofstream(root_ / "content" / "netwerken" / "diep" / "b.md") << "b\n";
    fs::create_symlink(root_ / "content" / "netwerken", root_ / "content" / "snelkoppeling");
  }
  void TearDown() override {
    fs::current_path(cwd_);
    fs::remove_all(root_);
  }
  fs::path root_, cwd_;
};

// Every spelling of the folder gives the same paths relative to it, and a link is reported
// as a link, not followed.
TEST_F(DiskFileSystemTest, ListsFilesRelativeToTheFolderHoweverItIsSpelled) {
  const std::vector<std::string> expected = {"netwerken/a.md", "netwerken/diep/b.md", "site.yaml"};
  DiskFileSystem disk;
  ASSERT_EQ(chdir(root_.c_str()), 0);
  for (const std::string& dir : {(root_ / "content").string(), (root_ / "content").string() + "/",
                                 std::string("content"), std::string("content/"), std::string("./content")}) {
    std::vector<std::string> links;
    EXPECT_EQ(disk.ListFiles(dir, &links), expected) << dir;
    EXPECT_EQ(links, std::vector<std::string>{"snelkoppeling"}) << dir;
  }
  ASSERT_EQ(chdir((root_ / "content").c_str()), 0);
  EXPECT_EQ(disk.ListFiles(".", nullptr), expected);
}

TEST_F(DiskFileSystemTest, ReadsWholeFilesAndSaysWhyNot) {
  DiskFileSystem disk;
  std::string big;
  for (int i = 0; i < 3000; ++i) big += "regel " + std::to_string(i) + "\n";
  std::ofstream(root_ / "groot.md", std::ios::binary) << big;
  std::ofstream(root_ / "leeg.md");
  ReadResult read = disk.ReadFile((root_ / "groot.md").string());
  ASSERT_TRUE(read.text);
  EXPECT_EQ(*read.text, big);
  read = disk.ReadFile((root_ / "leeg.md").string());
  ASSERT_TRUE(read.text);
  EXPECT_EQ(*read.text, "");
  read = disk.ReadFile((root_ / "weg.md").string());
  EXPECT_FALSE(read.text);
  EXPECT_EQ(read.error, "cannot open file");
  read = disk.ReadFile((root_ / "content").string());
  EXPECT_FALSE(read.text);
  EXPECT_EQ(read.error, "cannot read file");
}

}  // namespace
}  // namespace leernet
