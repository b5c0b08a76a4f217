// The indexing pipeline as a text tool: which terms lunr would index.
#ifndef LEERNET_SEARCH_ANALYZE_H_
#define LEERNET_SEARCH_ANALYZE_H_

#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "search/lunr_index.h"

namespace leernet::search {

// Terms that the builder pipeline (tokenizer, trimmer, stop-word filter,
// stemmer) makes from `text`, in order, duplicates kept.
std::vector<std::string> AnalyzeTerms(Language language, std::string_view text);

// For each input line (split at '\n'; a final line without '\n' counts), one
// output line with its terms joined by single spaces (empty when none).
void AnalyzeLines(Language language, std::istream& in, std::ostream& out);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_ANALYZE_H_
