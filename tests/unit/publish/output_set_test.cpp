#include "publish/output_set.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "publish/publisher.h"

namespace leernet {
namespace {

TEST(OutputSetTest, RefusesPathsOutsideTheRootAndDuplicates) {
  OutputSet out;
  EXPECT_TRUE(out.Add("a/index.html", "x"));
  EXPECT_FALSE(out.Add("a/index.html", "y"));
  for (const char* bad : {"../x", "/etc/passwd", "a/../../b", "a//b", "./a", "", "a\\b"}) {
    EXPECT_FALSE(out.Add(bad, "z")) << bad;
  }
  EXPECT_FALSE(out.Add(std::string("a\0b", 3), "z"));
  EXPECT_EQ(out.TotalBytes(), 1u);
}

TEST(OutputSetTest, AFileInPiecesIsTheirConcatenation) {
  OutputSet out;
  EXPECT_TRUE(out.AddInPieces("export/a.json", [](const OutputSet::PutPiece& put) {
    put("[1,");
    put("");
    put("2]\n");
  }));
  EXPECT_EQ(out.files.at("export/a.json"), "[1,2]\n");
  EXPECT_FALSE(out.AddInPieces("export/a.json", [](const OutputSet::PutPiece& put) { put("x"); }));
  EXPECT_FALSE(out.AddInPieces("../a.json", [](const OutputSet::PutPiece& put) { put("x"); }));
  EXPECT_EQ(out.files.at("export/a.json"), "[1,2]\n");
}

TEST(PublisherTest, RefusesDangerousOutputFolders) {
  EXPECT_FALSE(CheckOutputDir("/", "content").empty());
  EXPECT_FALSE(CheckOutputDir(".", "content").empty());
  EXPECT_FALSE(CheckOutputDir("content", "content").empty());
  EXPECT_FALSE(CheckOutputDir("content/public", "content").empty());
  EXPECT_FALSE(CheckOutputDir("..", "content").empty()) << "a folder that contains the content";
  EXPECT_TRUE(CheckOutputDir("public", "content").empty());
}

namespace fs = std::filesystem;

class StagedSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("leernet-staged-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "content");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Out() const { return (dir_ / "site").string(); }
  std::string Content() const { return (dir_ / "content").string(); }
  static std::string Read(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
  fs::path dir_;
};

// No process has this id (above the kernel's pid_max), so its folders are leftovers.
constexpr const char* kDeadPid = "2147483646";

TEST_F(StagedSiteTest, StreamsFilesAndSwapsThemInAtCommit) {
  Message error;
  auto first = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(first) << error.en;
  OutputSet output(first.get());
  EXPECT_TRUE(output.Add("a/index.html", "eerste"));
  EXPECT_FALSE(output.Add("a/index.html", "tweede")) << "a path is taken once";
  EXPECT_TRUE(output.files.empty()) << "a streaming set holds nothing";
  EXPECT_FALSE(fs::exists(dir_ / "site")) << "nothing is in place before the commit";
  ASSERT_TRUE(first->Commit(error)) << error.en;
  EXPECT_EQ(Read(dir_ / "site/a/index.html"), "eerste");

  auto second = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(second) << error.en;
  second->Write("b.html", "nieuw");
  EXPECT_EQ(Read(dir_ / "site/a/index.html"), "eerste") << "the old site stays until the commit";
  ASSERT_TRUE(second->Commit(error)) << error.en;
  EXPECT_FALSE(fs::exists(dir_ / "site/a/index.html"));
  EXPECT_EQ(Read(dir_ / "site/b.html"), "nieuw");
  for (const auto& e : fs::directory_iterator(dir_)) {
    EXPECT_EQ(e.path().filename().string().rfind(".site.", 0), std::string::npos) << e.path();
  }
}

TEST_F(StagedSiteTest, WritesAFileInPiecesAsItIsMade) {
  Message error;
  auto staged = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(staged) << error.en;
  OutputSet output(staged.get());
  std::vector<size_t> sizes_on_disk;
  EXPECT_TRUE(output.AddInPieces("export/groot.json", [&](const OutputSet::PutPiece& put) {
    for (const char* piece : {"{\"a\":", "[1,2,3]", "}\n"}) {
      put(piece);
      std::error_code ec;
      size_t size = 0;
      for (const auto& e : fs::recursive_directory_iterator(dir_, ec)) {
        if (e.path().filename() == "groot.json") size = fs::file_size(e.path());
      }
      sizes_on_disk.push_back(size);
    }
  }));
  EXPECT_EQ(sizes_on_disk, (std::vector<size_t>{5, 12, 14})) << "each piece is on disk before the next is made";
  EXPECT_TRUE(output.AddInPieces("leeg.txt", [](const OutputSet::PutPiece&) {}));
  ASSERT_TRUE(staged->Commit(error)) << error.en;
  EXPECT_EQ(Read(dir_ / "site/export/groot.json"), "{\"a\":[1,2,3]}\n");
  EXPECT_TRUE(fs::exists(dir_ / "site/leeg.txt"));
  EXPECT_EQ(Read(dir_ / "site/leeg.txt"), "");
}

TEST_F(StagedSiteTest, AnUncommittedSiteIsRemovedAndTheOldOneKept) {
  Message error;
  ASSERT_TRUE(Publish(OutputSet{}, Out(), Content()).ok);
  {
    auto staged = StagedSite::Open(Out(), Content(), error);
    ASSERT_TRUE(staged);
    staged->Write("x.html", "half");
  }
  EXPECT_FALSE(fs::exists(dir_ / "site/x.html"));
  EXPECT_TRUE(fs::is_directory(dir_ / "site"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2) << "site and content only";
}

TEST_F(StagedSiteTest, OpenRemovesWhatDeadBuildsLeftAndSparesRunningOnes) {
  fs::create_directories(dir_ / "site");
  std::ofstream(dir_ / "site/oud.html") << "oud";
  fs::create_directories(dir_ / (std::string(".site.new-") + kDeadPid) / "a");
  std::string running = ".site.new-" + std::to_string(::getppid());
  fs::create_directories(dir_ / running);
  Message error;
  auto staged = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(staged) << error.en;
  EXPECT_FALSE(fs::exists(dir_ / (std::string(".site.new-") + kDeadPid)));
  EXPECT_TRUE(fs::exists(dir_ / running)) << "a build that still runs keeps its folder";
  EXPECT_EQ(Read(dir_ / "site/oud.html"), "oud");
}

TEST_F(StagedSiteTest, OpenPutsBackAnOldSiteThatAKilledSwapLeftAside) {
  // A build killed between the two renames of the fallback swap: old site aside, none in place.
  fs::create_directories(dir_ / (std::string(".site.old-") + kDeadPid));
  std::ofstream(dir_ / (std::string(".site.old-") + kDeadPid) / "oud.html") << "oud";
  Message error;
  auto staged = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(staged) << error.en;
  EXPECT_EQ(Read(dir_ / "site/oud.html"), "oud");
}

TEST_F(StagedSiteTest, AFailedWriteRefusesTheCommit) {
  Message error;
  auto staged = StagedSite::Open(Out(), Content(), error);
  ASSERT_TRUE(staged);
  staged->Write("../buiten.html", "x");
  EXPECT_FALSE(staged->Error().empty());
  EXPECT_FALSE(staged->Commit(error));
  EXPECT_NE(error.en.find("leaves the output folder"), std::string::npos) << error.en;
  EXPECT_FALSE(fs::exists(dir_ / "site"));
}

}  // namespace
}  // namespace leernet
