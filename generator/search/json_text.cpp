#include "search/json_text.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "search/utf.h"

namespace leernet::search {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void AppendUnicodeEscape(char16_t c, std::string& out) {
  char buf[6] = {
      '\\', 'u', kHex[(c >> 12) & 0xF], kHex[(c >> 8) & 0xF], kHex[(c >> 4) & 0xF], kHex[c & 0xF]};
  out.append(buf, 6);
}

// Escapes one unit below 0x80; returns false if it needs no escaping.
bool AppendAsciiEscape(unsigned c, std::string& out) {
  switch (c) {
    case '"':
      out.append("\\\"");
      return true;
    case '\\':
      out.append("\\\\");
      return true;
    case '\b':
      out.append("\\b");
      return true;
    case '\f':
      out.append("\\f");
      return true;
    case '\n':
      out.append("\\n");
      return true;
    case '\r':
      out.append("\\r");
      return true;
    case '\t':
      out.append("\\t");
      return true;
    default:
      if (c < 0x20) {
        AppendUnicodeEscape(static_cast<char16_t>(c), out);
        return true;
      }
      return false;
  }
}

bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void AppendJsonString(std::u16string_view text, std::string& out) {
  out.push_back('"');
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    const char16_t c = text[i];
    if (c < 0x80) {
      if (!AppendAsciiEscape(c, out)) out.push_back(static_cast<char>(c));
    } else if (IsHighSurrogate(c) && i + 1 < n && IsLowSurrogate(text[i + 1])) {
      AppendUtf8CodePoint(
          0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (text[i + 1] - 0xDC00), out);
      ++i;
    } else if (IsHighSurrogate(c) || IsLowSurrogate(c)) {
      AppendUnicodeEscape(c, out);
    } else {
      AppendUtf8CodePoint(c, out);
    }
  }
  out.push_back('"');
}

void AppendJsonEscaped(std::string_view utf8, std::string& out) {
  // Fast path: plain ASCII/valid text without specials is copied in runs.
  size_t run_start = 0;
  const size_t n = utf8.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c >= 0x80) {
      // Rare: fall back to a full decode so ill-formed input is normalised.
      out.append(utf8.data() + run_start, i - run_start);
      std::u16string units;
      AppendUtf16FromUtf8(utf8.substr(i), units);
      std::string quoted;
      AppendJsonString(units, quoted);
      out.append(quoted, 1, quoted.size() - 2);
      return;
    }
    if (NeedsEscape(c)) {
      out.append(utf8.data() + run_start, i - run_start);
      AppendAsciiEscape(c, out);
      run_start = i + 1;
    }
  }
  out.append(utf8.data() + run_start, n - run_start);
}

void AppendJsonString(std::string_view utf8, std::string& out) {
  out.push_back('"');
  AppendJsonEscaped(utf8, out);
  out.push_back('"');
}

void AppendJsNumber(double x, std::string& out) {
  if (!std::isfinite(x)) {
    out.append("null");
    return;
  }
  if (x == 0) {  // also -0, which JS prints as "0"
    out.push_back('0');
    return;
  }
  if (x < 0) {
    out.push_back('-');
    x = -x;
  }
  // Shortest round-trip digits in scientific form: d[.ddd]e[+-]NN.
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  const std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  const size_t e_pos = sci.find('e');
  std::string digits;
  for (size_t i = 0; i < e_pos; ++i) {
    if (sci[i] != '.') digits.push_back(sci[i]);
  }
  const int exponent = std::atoi(std::string(sci.substr(e_pos + 1)).c_str());
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // position of the decimal point
  if (k <= n && n <= 21) {
    out.append(digits);
    out.append(static_cast<size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(digits, 0, static_cast<size_t>(n));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(n), std::string::npos);
  } else if (-6 < n && n <= 0) {
    out.append("0.");
    out.append(static_cast<size_t>(-n), '0');
    out.append(digits);
  } else {
    out.push_back(digits[0]);
    if (k > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    out.push_back('e');
    out.push_back(n - 1 < 0 ? '-' : '+');
    out.append(std::to_string(std::abs(n - 1)));
  }
}

double JsMathRound(double x) {
  if (!std::isfinite(x)) return x;
  const double r = std::floor(x);
  // x - floor(x) is exact, so this is the true "fraction >= 0.5" test.
  const double rounded = (x - r >= 0.5) ? r + 1 : r;
  // Math.round keeps the sign of zero for -0.5 <= x < 0.
  return (rounded == 0 && std::signbit(x)) ? -0.0 : rounded;
}

void AppendRoundedScore(double score, std::string& out) {
  const double k = JsMathRound(score * 1000);
  // k/1000 prints as the exact decimal of k with three implied decimals while
  // k has at most 15 digits (such decimals map to distinct doubles).
  if (!(std::fabs(k) < 1e15)) {
    AppendJsNumber(k / 1000, out);
    return;
  }
  int64_t v = static_cast<int64_t>(k);
  if (v == 0) {
    out.push_back('0');
    return;
  }
  if (v < 0) {
    out.push_back('-');
    v = -v;
  }
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, v / 1000);
  out.append(buf, res.ptr);
  int frac = static_cast<int>(v % 1000);
  if (frac != 0) {
    char f[4] = {'.', static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                 static_cast<char>('0' + frac % 10)};
    size_t len = 4;
    while (f[len - 1] == '0') --len;
    out.append(f, len);
  }
}

std::optional<uint32_t> ArrayIndexKey(std::string_view key) {
  if (key.empty() || key.size() > 10) return std::nullopt;
  if (key.size() > 1 && key[0] == '0') return std::nullopt;
  uint64_t value = 0;
  for (const char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  if (value > 4294967294ULL) return std::nullopt;
  return static_cast<uint32_t>(value);
}

}  // namespace leernet::search
