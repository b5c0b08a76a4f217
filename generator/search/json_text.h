// Pieces of JSON.stringify output (ECMAScript; as relied on by lunr 2.3.9's
// Index.toJSON): string escaping, Number formatting and the property order
// of plain objects.
// Written by hand, not with a JSON library: the index must be byte-identical
// to lunr.js's own output, and no library formats numbers the way
// Number::toString does or orders keys the way JS objects enumerate them.
#ifndef LEERNET_SEARCH_JSON_TEXT_H_
#define LEERNET_SEARCH_JSON_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace leernet::search {

// Appends `"` + escaped text + `"` like JSON.stringify: \" \\ \b \f \n \r \t,
// other units below 0x20 and lone surrogates as lowercase \u00xx / \udxxx,
// everything else raw (as UTF-8).
void AppendJsonString(std::u16string_view text, std::string& out);

// Same for UTF-8 input. Ill-formed UTF-8 is written as U+FFFD, which is what
// the text would have become when node decoded it.
void AppendJsonString(std::string_view utf8, std::string& out);

// Appends the escaped text without the surrounding quotes.
void AppendJsonEscaped(std::string_view utf8, std::string& out);

// Appends Number::toString(x) (shortest round-trip digits, JS layout of
// exponents), with "null" for NaN and infinities as JSON.stringify does.
void AppendJsNumber(double x, std::string& out);

// Appends the JSON text of a score that lunr rounded with
// Math.round(score * 1000) / 1000.
void AppendRoundedScore(double score, std::string& out);

// JS Math.round: halves go toward +infinity.
double JsMathRound(double x);

// If `key` is an array index ("0" ... "4294967294" in canonical form), its
// value. Such keys come first, in numeric order, when a plain JS object is
// enumerated; all other keys follow in insertion order.
std::optional<uint32_t> ArrayIndexKey(std::string_view key);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_JSON_TEXT_H_
