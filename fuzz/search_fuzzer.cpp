// Fuzzes the search pipelines: the tokenizer with the Dutch and English stop-word filters and
// stemmers, and the lunr index writer on documents made from the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_site.h"
#include "search/analyze.h"
#include "search/lunr_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leernet::search;
  const std::string_view text = leernet::fuzz::AsText(data, size, 1 << 16);

  for (Language language : {Language::kDutch, Language::kEnglish}) {
    // Empty terms are allowed: lunr's trimmer turns ".." into "", and lunr indexes it.
    std::vector<std::string> terms = AnalyzeTerms(language, text);
    size_t bytes = 0;
    for (const std::string& term : terms) bytes += term.size();
    if (bytes > 4 * text.size() + 16) std::abort();  // a stemmer never grows a word much
  }

  // Three fields and two documents cut from the input; the ref is the first line, so refs
  // with quotes, backslashes and array-index-looking numbers reach the writer.
  std::vector<std::string_view> parts = leernet::fuzz::SplitParts(text, 4);
  std::string_view first = parts[0];
  size_t newline = first.find('\n');
  std::string ref(first.substr(0, newline == std::string_view::npos ? first.size() : newline));
  std::vector<IndexField> fields = {{"titel", 10}, {"samenvatting", 4}, {"tekst", 1}};
  std::vector<IndexDocument> documents;
  documents.push_back({ref, 1, {std::string(first), parts.size() > 1 ? std::string(parts[1]) : "", ""}});
  documents.push_back({"1", 2, {parts.size() > 2 ? std::string(parts[2]) : "", "", std::string(parts.back())}});
  for (Language language : {Language::kDutch, Language::kEnglish}) {
    std::string json = BuildLunrIndexJson(language, fields, documents);
    if (json.empty()) std::abort();  // no field name holds '/', so lunr accepts the input
    SearchDocsJson(language, fields, documents);
  }
  return 0;
}
