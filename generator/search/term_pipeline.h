// lunr's builder pipeline for one field value: tokenizer, then trimmer,
// stop-word filter and stemmer per token (lunr 2.3.9, lunr-languages 1.22.0).
#ifndef LEERNET_SEARCH_TERM_PIPELINE_H_
#define LEERNET_SEARCH_TERM_PIPELINE_H_

#include <string>
#include <string_view>

#include "search/dutch_stemmer.h"
#include "search/english_stemmer.h"
#include "search/js_lower_case.h"
#include "search/lunr_index.h"
#include "search/stop_words.h"
#include "search/tokenizer.h"
#include "search/trimmer.h"
#include "search/utf.h"

namespace leernet::search {

// Reuses its buffers between calls, so one instance per thread avoids
// allocations per value and per token.
class TermPipeline {
 public:
  explicit TermPipeline(Language language) : language_(language) {}

  // Calls on_term(std::u16string_view) for every term the pipeline emits. The
  // view is only valid during the call.
  template <typename OnTerm>
  void Run(std::string_view utf8, OnTerm&& on_term) {
    decoded_.clear();
    AppendUtf16FromUtf8(utf8, decoded_);
    lowered_.clear();
    AppendJsLowerCase(decoded_, lowered_);
    SplitLunrTokens(lowered_, [&](std::u16string_view token) {
      const std::u16string_view trimmed =
          language_ == Language::kDutch ? TrimDutch(token) : TrimEnglish(token);
      // Pipeline.run only drops what a function returns as null/undefined/'';
      // the trimmers return the (possibly empty) token, so only the stop-word
      // filter drops anything.
      if (IsStopWord(language_, trimmed)) return;
      stemmed_.assign(trimmed);
      if (language_ == Language::kDutch) {
        StemDutch(stemmed_);
      } else {
        StemEnglish(stemmed_);
      }
      on_term(std::u16string_view(stemmed_));
    });
  }

 private:
  Language language_;
  std::u16string decoded_;
  std::u16string lowered_;
  std::u16string stemmed_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TERM_PIPELINE_H_
