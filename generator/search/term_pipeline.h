// lunr's builder pipeline for one field value: tokenizer, then trimmer,
// stop-word filter and stemmer per token (lunr 2.3.9, lunr-languages 1.22.0).
#ifndef LEERNET_SEARCH_TERM_PIPELINE_H_
#define LEERNET_SEARCH_TERM_PIPELINE_H_

#include <string>
#include <string_view>

#include "search/stemmers.h"
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
    Tokens(utf8, [&](std::u16string_view trimmed) {
      if (Finish(trimmed, stemmed_)) on_term(std::u16string_view(stemmed_));
    });
  }

  // First half of the pipeline: calls on_token(std::u16string_view) with each
  // trimmed token. Split from Finish so that callers can cache Finish per
  // distinct token.
  template <typename OnToken>
  void Tokens(std::string_view utf8, OnToken&& on_token) {
    lowered_.clear();
    if (!AppendAsciiLowerCase(utf8, lowered_)) {
      decoded_.clear();
      AppendUtf16FromUtf8(utf8, decoded_);
      lowered_.clear();
      AppendJsLowerCase(decoded_, lowered_);
    }
    SplitLunrTokens(lowered_, [&](std::u16string_view token) {
      on_token(language_ == Language::kDutch ? TrimDutch(token) : TrimEnglish(token));
    });
  }

  // Second half: the stop-word filter, then the stemmer into `term`. Returns
  // false when the token is dropped. Pipeline.run only drops what a function
  // returns as null/undefined/''; the trimmers return the (possibly empty)
  // token, so only the stop-word filter drops anything.
  bool Finish(std::u16string_view trimmed, std::u16string& term) const {
    if (IsStopWord(language_, trimmed)) return false;
    term.assign(trimmed);
    if (language_ == Language::kDutch) {
      StemDutch(term);
    } else {
      StemEnglish(term);
    }
    return true;
  }

 private:
  // Fast path for the common all-ASCII value: decodes and lowercases in one
  // pass. Returns false (leaving `out` partly filled) at the first non-ASCII
  // byte.
  static bool AppendAsciiLowerCase(std::string_view utf8, std::u16string& out) {
    out.resize(utf8.size());
    char16_t* dst = out.data();
    for (const char c : utf8) {
      const auto u = static_cast<unsigned char>(c);
      if (u >= 0x80) return false;
      *dst++ = (u >= 'A' && u <= 'Z') ? static_cast<char16_t>(u + 32) : static_cast<char16_t>(u);
    }
    return true;
  }

  Language language_;
  std::u16string decoded_;
  std::u16string lowered_;
  std::u16string stemmed_;
};

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_TERM_PIPELINE_H_
