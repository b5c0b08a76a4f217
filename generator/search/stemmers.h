// The two stemmers lunr's pipelines use, ported so that every stem equals the JS one.
// Both see UTF-16 code units, as the JS does; that is where they differ from libstemmer.
#ifndef LEERNET_SEARCH_STEMMERS_H_
#define LEERNET_SEARCH_STEMMERS_H_

#include <string>

namespace leernet::search {

// Port of stemmer-nl from lunr-languages 1.22.0 (lunr.nl.js): Snowball's original
// (Porter-style) Dutch stemmer. Stems `word` in place; positions (R1 >= 3 etc.) count
// UTF-16 code units.
void StemDutch(std::u16string& word);

// Port of lunr.stemmer (lunr 2.3.9): Martin Porter's regex-based JavaScript Porter
// stemmer, including its logi/bli rules and its y handling. Stems `word` in place; like
// the JS regexes it treats everything but a e i o u (and y where the regex says so) as a
// consonant, including non-ASCII letters.
void StemEnglish(std::u16string& word);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_STEMMERS_H_
