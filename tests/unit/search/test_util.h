// Helpers shared by the search unit tests.
#ifndef LEERNET_TESTS_UNIT_SEARCH_TEST_UTIL_H_
#define LEERNET_TESTS_UNIT_SEARCH_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "search/utf.h"

namespace leernet::search::testing {

inline std::u16string U16(std::string_view utf8) {
  std::u16string out;
  AppendUtf16FromUtf8(utf8, out);
  return out;
}

inline std::string U8(std::u16string_view utf16) {
  std::string out;
  AppendUtf8FromUtf16(utf16, out);
  return out;
}

}  // namespace leernet::search::testing

#endif  // LEERNET_TESTS_UNIT_SEARCH_TEST_UTIL_H_
