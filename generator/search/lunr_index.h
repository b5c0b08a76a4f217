// Writer of lunr.js search indexes: the output is byte-identical to
// JSON.stringify(idx) of an index built by lunr 2.3.9 from the same documents,
// with either lunr's default English pipeline or lunr-languages 1.22.0's
// Dutch pipeline (this.use(lunr.nl)).
#ifndef LEERNET_SEARCH_LUNR_INDEX_H_
#define LEERNET_SEARCH_LUNR_INDEX_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leernet::search {

enum class Language { kDutch, kEnglish };

// "nl" or "en"; anything else has no pipeline.
std::optional<Language> LanguageFromCode(std::string_view code);

// "nl" or "en".
std::string_view LanguageCode(Language language);

struct IndexField {
  std::string name;
  double boost = 1;
};

struct IndexDocument {
  std::string ref;
  double boost = 1;
  std::vector<std::string> values;  // values[i] belongs to fields[i]; missing = ""
};

// Builds the index like
//   lunr(function () { [this.use(lunr.nl)]; this.ref('ref');
//                      this.field(name, {boost}) ...; this.add(doc, {boost}) ... })
// and returns JSON.stringify of it. Mirrors lunr's quirks: a boost of 0 or
// NaN counts as 1, a repeated ref replaces the earlier document's vectors but
// keeps its postings, a repeated field name keeps its first position and its
// last boost and value. Returns "" for input lunr rejects (a field name that
// contains '/').
std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents);

// The same for the documents at the positions `members`, in that order.
std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents,
                               const std::vector<size_t>& members);

// The same, but "" when the JSON is over `max_bytes`, so that an index built only to learn
// its size never exists as text; `*bytes` is its length either way.
std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents,
                               const std::vector<size_t>& members, size_t max_bytes,
                               size_t* bytes);

// The documents as JSON, for the browser or for node to rebuild the index:
// {"language":"nl","fields":[{"name":"titel","boost":10},...],
//  "documents":[{"ref":"0","boost":1,"fields":{"titel":"...",...}},...]}
std::string SearchDocsJson(Language language, const std::vector<IndexField>& fields,
                           const std::vector<IndexDocument>& documents);

}  // namespace leernet::search

#endif  // LEERNET_SEARCH_LUNR_INDEX_H_
