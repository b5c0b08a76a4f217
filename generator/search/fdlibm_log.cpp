// Written from the description of the fdlibm method (as used by V8's
// ieee754::log): reduce x to 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2),
// approximate log(1+f) through s = f/(2+f) and a degree-14 minimax
// polynomial in s, and add k*ln2 split into a high and a low part so that
// k*ln2_hi is exact. Operation order matters for bit-exactness; the build
// uses -ffp-contract=off so no step is fused.
#include "search/fdlibm_log.h"

#include <bit>
#include <cstdint>
#include <limits>

namespace leernet::search {
namespace {

// ln2 split: the high part has its low 32 bits zero, so k*kLn2Hi is exact
// for the exponents that occur.
constexpr double kLn2Hi = std::bit_cast<double>(0x3FE62E42FEE00000ULL);
constexpr double kLn2Lo = std::bit_cast<double>(0x3DEA39EF35793C76ULL);
constexpr double kTwo54 = std::bit_cast<double>(0x4350000000000000ULL);
// Minimax coefficients of R(z) = (log(1+f) - 2s + s*f) / s in powers of z = s*s.
constexpr double kLg1 = std::bit_cast<double>(0x3FE5555555555593ULL);
constexpr double kLg2 = std::bit_cast<double>(0x3FD999999997FA04ULL);
constexpr double kLg3 = std::bit_cast<double>(0x3FD2492494229359ULL);
constexpr double kLg4 = std::bit_cast<double>(0x3FCC71C51D8E78AFULL);
constexpr double kLg5 = std::bit_cast<double>(0x3FC7466496CB03DEULL);
constexpr double kLg6 = std::bit_cast<double>(0x3FC39A09D078C69FULL);
constexpr double kLg7 = std::bit_cast<double>(0x3FC2F112DF3E5244ULL);

int32_t HighWord(double x) { return static_cast<int32_t>(std::bit_cast<uint64_t>(x) >> 32); }
uint32_t LowWord(double x) { return static_cast<uint32_t>(std::bit_cast<uint64_t>(x)); }
double WithHighWord(double x, int32_t high) {
  const uint64_t bits = (static_cast<uint64_t>(static_cast<uint32_t>(high)) << 32) |
                        (std::bit_cast<uint64_t>(x) & 0xFFFFFFFFULL);
  return std::bit_cast<double>(bits);
}

}  // namespace

double FdlibmLog(double x) {
  int32_t hx = HighWord(x);
  const uint32_t lx = LowWord(x);
  int32_t k = 0;
  if (hx < 0x00100000) {  // x < 2^-1022: zero, negative or subnormal
    if (((hx & 0x7FFFFFFF) | static_cast<int32_t>(lx)) == 0) {
      return -std::numeric_limits<double>::infinity();
    }
    if (hx < 0) return std::numeric_limits<double>::quiet_NaN();
    k -= 54;
    x *= kTwo54;  // scale the subnormal up into the normal range
    hx = HighWord(x);
  }
  if (hx >= 0x7FF00000) return x + x;  // inf or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  // Pick the exponent (0 or -1) that puts the mantissa in [sqrt(2)/2, sqrt(2)).
  const int32_t i = (hx + 0x95F64) & 0x100000;
  x = WithHighWord(x, hx | (i ^ 0x3FF00000));
  k += i >> 20;
  const double f = x - 1.0;
  const double dk = static_cast<double>(k);
  if ((0x000FFFFF & (2 + hx)) < 3) {  // |f| < 2^-20: a short series suffices
    if (f == 0.0) {
      if (k == 0) return 0.0;
      return dk * kLn2Hi + dk * kLn2Lo;
    }
    const double r = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - r;
    return dk * kLn2Hi - ((r - dk * kLn2Lo) - f);
  }
  const double s = f / (2.0 + f);
  const double z = s * s;
  int32_t region = hx - 0x6147A;
  const double w = z * z;
  const int32_t j = 0x6B851 - hx;
  const double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  const double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  region |= j;
  const double r = t2 + t1;
  if (region > 0) {  // f far from 0: subtract f*f/2 separately for accuracy
    const double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * kLn2Hi - ((hfsq - (s * (hfsq + r) + dk * kLn2Lo)) - f);
  }
  if (k == 0) return f - s * (f - r);
  return dk * kLn2Hi - ((s * (f - r) - dk * kLn2Lo) - f);
}

}  // namespace leernet::search
