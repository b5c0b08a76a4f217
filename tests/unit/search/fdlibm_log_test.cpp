#include "search/fdlibm_log.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace leernet::search {
namespace {

uint64_t LogBits(uint64_t x_bits) {
  return std::bit_cast<uint64_t>(FdlibmLog(std::bit_cast<double>(x_bits)));
}

// Bit patterns of V8's Math.log results (node 20).
TEST(FdlibmLogTest, MatchesMathLogBitForBit) {
  EXPECT_EQ(LogBits(0x3FF8000000000000), 0x3FD9F323ECBF984CULL);  // 1.5
  EXPECT_EQ(LogBits(0x4000000000000000), 0x3FE62E42FEFA39EFULL);  // 2
  EXPECT_EQ(LogBits(0x4024000000000000), 0x40026BB1BBB55516ULL);  // 10
  EXPECT_EQ(LogBits(0x4069155555555555), 0x401534E277CB131AULL);  // idf arg, N=300 D=1
  EXPECT_EQ(LogBits(0x3FF45D1745D1745D), 0x3FCEDE65F58845BBULL);  // idf arg, N=3 D=5
  EXPECT_EQ(LogBits(0x3FF000001AD7F29B), 0x3E7AD7F2847B6492ULL);  // 1.0000001
  EXPECT_EQ(LogBits(0x40FE240C9FBE76C9), 0x40277281CAD8A844ULL);  // 123456.789
  EXPECT_EQ(LogBits(0x0000000000000001), 0xC0874385446D71C3ULL);  // 5e-324
  EXPECT_EQ(LogBits(0x7E37E43C8800759C), 0x4085963447F87FB5ULL);  // 1e300
}

// idf arguments for which glibc's log() is one ulp away from Math.log.
TEST(FdlibmLogTest, DiffersFromGlibcWhereMathLogDoes) {
  EXPECT_EQ(LogBits(0x4005555555555556), 0x3FEF62F40794A7BAULL);  // N=3 D=1
  EXPECT_EQ(LogBits(0x3FF999999999999A), 0x3FDE148A1A2726CEULL);  // N=3 D=2
}

TEST(FdlibmLogTest, HandlesSpecialValues) {
  EXPECT_EQ(FdlibmLog(1.0), 0.0);
  EXPECT_EQ(FdlibmLog(0.0), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(FdlibmLog(-0.0), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(FdlibmLog(-1.0)));
  EXPECT_TRUE(std::isnan(FdlibmLog(std::numeric_limits<double>::quiet_NaN())));
  EXPECT_EQ(FdlibmLog(std::numeric_limits<double>::infinity()),
            std::numeric_limits<double>::infinity());
}

}  // namespace
}  // namespace leernet::search
