#include "publish/output_set.h"

#include <gtest/gtest.h>

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

TEST(PublisherTest, RefusesDangerousOutputFolders) {
  EXPECT_NE(CheckOutputDir("/", "content"), "");
  EXPECT_NE(CheckOutputDir(".", "content"), "");
  EXPECT_NE(CheckOutputDir("content", "content"), "");
  EXPECT_NE(CheckOutputDir("content/public", "content"), "");
  EXPECT_NE(CheckOutputDir("..", "content"), "") << "a folder that contains the content";
  EXPECT_EQ(CheckOutputDir("public", "content"), "");
}

}  // namespace
}  // namespace leernet
