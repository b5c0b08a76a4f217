// The stop-word filters of lunr 2.3.9 (English) and lunr-languages 1.22.0 (nl).
#ifndef LEERNET_SEARCH_STOP_WORDS_H_
#define LEERNET_SEARCH_STOP_WORDS_H_

#include <string_view>

#include "search/lunr_index.h"

namespace leernet::search {

// True when the builder pipeline of `language` drops `term`. The empty term is
// a Dutch stop word but not an English one, so English indexes keep "".
bool IsStopWord(Language language, std::u16string_view term);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_STOP_WORDS_H_
