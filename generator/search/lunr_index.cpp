// Public entry points; see lunr_index.h. Format: lunr 2.3.9 Index#toJSON,
// Dutch pipeline of lunr-languages 1.22.0.
#include "search/lunr_index.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "search/index_builder.h"
#include "search/json_text.h"

namespace leernet::search {
namespace {

// lunr's own view of the fields: one entry per distinct name, ordered like
// Object.keys(builder._fields); `source` is the caller's index whose value
// and boost lunr ends up using (the last one with that name).
struct ResolvedField {
  std::string name;
  double boost;
  size_t source;
};

std::vector<ResolvedField> ResolveFields(const std::vector<IndexField>& fields) {
  std::vector<ResolvedField> resolved;
  std::unordered_map<std::string_view, size_t> position;
  for (size_t i = 0; i < fields.size(); ++i) {
    auto [it, inserted] = position.try_emplace(fields[i].name, resolved.size());
    if (inserted) {
      resolved.push_back({fields[i].name, fields[i].boost, i});
    } else {
      resolved[it->second].boost = fields[i].boost;
      resolved[it->second].source = i;
    }
  }
  std::stable_partition(resolved.begin(), resolved.end(),
                        [](const ResolvedField& f) { return ArrayIndexKey(f.name).has_value(); });
  const auto numeric_end =
      std::find_if(resolved.begin(), resolved.end(),
                   [](const ResolvedField& f) { return !ArrayIndexKey(f.name).has_value(); });
  std::sort(resolved.begin(), numeric_end, [](const ResolvedField& a, const ResolvedField& b) {
    return *ArrayIndexKey(a.name) < *ArrayIndexKey(b.name);
  });
  return resolved;
}

}  // namespace

std::optional<Language> LanguageFromCode(std::string_view code) {
  if (code == "nl") return Language::kDutch;
  if (code == "en") return Language::kEnglish;
  return std::nullopt;
}

std::string_view LanguageCode(Language language) {
  return language == Language::kDutch ? "nl" : "en";
}

std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents) {
  std::vector<size_t> all(documents.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return BuildLunrIndexJson(language, fields, documents, all);
}

std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents,
                               const std::vector<size_t>& members) {
  size_t bytes = 0;
  return BuildLunrIndexJson(language, fields, documents, members, SIZE_MAX, &bytes);
}

std::string BuildLunrIndexJson(Language language, const std::vector<IndexField>& fields,
                               const std::vector<IndexDocument>& documents,
                               const std::vector<size_t>& members, size_t max_bytes,
                               size_t* bytes) {
  *bytes = 0;
  const std::vector<ResolvedField> resolved = ResolveFields(fields);
  std::vector<std::string> names;
  std::vector<double> boosts;
  for (const ResolvedField& f : resolved) {
    // lunr.Builder#field throws for this, since fieldRefs are "field/ref".
    if (f.name.find('/') != std::string::npos) return std::string();
    names.push_back(f.name);
    boosts.push_back(f.boost);
  }
  IndexBuilder builder(language, std::move(names), std::move(boosts));
  std::vector<std::string_view> values(resolved.size());
  for (const size_t member : members) {
    const IndexDocument& doc = documents[member];
    for (size_t f = 0; f < resolved.size(); ++f) {
      const size_t source = resolved[f].source;
      // A missing value and "" both give lunr an empty token list.
      values[f] =
          source < doc.values.size() ? std::string_view(doc.values[source]) : std::string_view();
    }
    builder.Add(doc.ref, doc.boost, values);
  }
  return builder.ToJson(max_bytes, bytes);
}

std::string SearchDocsJson(Language language, const std::vector<IndexField>& fields,
                           const std::vector<IndexDocument>& documents) {
  std::string out;
  out.append("{\"language\":");
  AppendJsonString(LanguageCode(language), out);
  out.append(",\"fields\":[");
  for (size_t f = 0; f < fields.size(); ++f) {
    if (f > 0) out.push_back(',');
    out.append("{\"name\":");
    AppendJsonString(fields[f].name, out);
    out.append(",\"boost\":");
    AppendJsNumber(fields[f].boost, out);
    out.push_back('}');
  }
  out.append("],\"documents\":[");
  for (size_t d = 0; d < documents.size(); ++d) {
    const IndexDocument& doc = documents[d];
    if (d > 0) out.push_back(',');
    out.append("{\"ref\":");
    AppendJsonString(doc.ref, out);
    out.append(",\"boost\":");
    AppendJsNumber(doc.boost, out);
    out.append(",\"fields\":{");
    for (size_t f = 0; f < fields.size() && f < doc.values.size(); ++f) {
      if (f > 0) out.push_back(',');
      AppendJsonString(fields[f].name, out);
      out.push_back(':');
      AppendJsonString(doc.values[f], out);
    }
    out.append("}}");
  }
  out.append("]}");
  return out;
}

}  // namespace leernet::search
