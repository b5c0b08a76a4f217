#include "search/analyze.h"

#include "search/term_pipeline.h"

namespace leernet::search {

std::vector<std::string> AnalyzeTerms(Language language, std::string_view text) {
  std::vector<std::string> terms;
  TermPipeline pipeline(language);
  pipeline.Run(text, [&](std::u16string_view term) {
    std::string utf8;
    AppendUtf8FromUtf16(term, utf8);
    terms.push_back(std::move(utf8));
  });
  return terms;
}

void AnalyzeLines(Language language, std::istream& in, std::ostream& out) {
  TermPipeline pipeline(language);
  std::string line;
  std::string result;
  while (std::getline(in, line)) {
    result.clear();
    bool first = true;
    pipeline.Run(line, [&](std::u16string_view term) {
      if (!first) result.push_back(' ');
      first = false;
      AppendUtf8FromUtf16(term, result);
    });
    result.push_back('\n');
    out.write(result.data(), static_cast<std::streamsize>(result.size()));
  }
  out.flush();
}

}  // namespace leernet::search
