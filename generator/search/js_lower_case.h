// JavaScript String.prototype.toLowerCase (root locale) on UTF-16 text, as
// lunr.tokenizer applies it to a whole field value before splitting.
#ifndef LEERNET_SEARCH_JS_LOWER_CASE_H_
#define LEERNET_SEARCH_JS_LOWER_CASE_H_

#include <string>
#include <string_view>

namespace leernet::search {

// Appends the lowercase form of `text` to `out`. Follows full Unicode
// lowercasing: U+0130 becomes two code units and capital sigma becomes final
// sigma by context (Final_Sigma), so the result can differ in length.
void AppendJsLowerCase(std::u16string_view text, std::u16string& out);

// Simple (one-to-one) lowercase mapping of one code point.
char32_t SimpleLowerCase(char32_t cp);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_JS_LOWER_CASE_H_
