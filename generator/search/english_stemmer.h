// Port of lunr.stemmer (lunr 2.3.9): Martin Porter's regex-based JavaScript
// Porter stemmer, including its logi/bli rules and its y handling.
#ifndef LEERNET_SEARCH_ENGLISH_STEMMER_H_
#define LEERNET_SEARCH_ENGLISH_STEMMER_H_

#include <string>

namespace leernet::search {

// Stems `word` in place. Like the JS regexes, it sees UTF-16 code units and
// treats everything but a e i o u (and y where the regex says so) as a
// consonant, including non-ASCII letters.
void StemEnglish(std::u16string& word);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_ENGLISH_STEMMER_H_
