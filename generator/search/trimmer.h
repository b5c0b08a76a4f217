// The two trimmers: lunr.trimmer (lunr 2.3.9) and trimmer-nl
// (lunr-languages 1.22.0, lunr.trimmerSupport.generateTrimmer).
#ifndef LEERNET_SEARCH_TRIMMER_H_
#define LEERNET_SEARCH_TRIMMER_H_

#include <string_view>

namespace leernet::search {

// lunr.trimmer strips /^\W+/ and /\W+$/; \W is ASCII-only, so every
// non-ASCII code unit counts as a non-word character.
bool IsEnglishWordUnit(char16_t c);

// trimmer-nl keeps lunr.nl.wordCharacters plus 0-9 (Latin letters); the
// regex has no u flag, so each surrogate is a non-word unit on its own.
bool IsDutchWordUnit(char16_t c);

// Returns `token` without leading and trailing non-word units.
std::u16string_view TrimEnglish(std::u16string_view token);
std::u16string_view TrimDutch(std::u16string_view token);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TRIMMER_H_
