// Port of stemmer-nl from lunr-languages 1.22.0 (lunr.nl.js): Snowball's
// original (Porter-style) Dutch stemmer, on UTF-16 code units as in the JS.
#ifndef LEERNET_SEARCH_DUTCH_STEMMER_H_
#define LEERNET_SEARCH_DUTCH_STEMMER_H_

#include <string>

namespace leernet::search {

// Stems `word` in place. Positions (R1 >= 3 etc.) count UTF-16 code units,
// which is where this differs from libstemmer's UTF-8 mode.
void StemDutch(std::u16string& word);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_DUTCH_STEMMER_H_
