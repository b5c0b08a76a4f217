// Follows lunr.Builder#add, #calculateAverageFieldLengths,
// #createFieldVectors and lunr.Index#toJSON of lunr 2.3.9.
#include "search/index_builder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "search/fdlibm_log.h"
#include "search/json_text.h"

namespace leernet::search {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// lunr reads boosts as `attributes.boost || 1`.
double EffectiveBoost(double boost) { return (boost == 0 || std::isnan(boost)) ? 1 : boost; }

void AppendUint(uint64_t value, std::string& out) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, res.ptr);
}

}  // namespace

IndexBuilder::IndexBuilder(Language language, std::vector<std::string> field_names,
                           std::vector<double> field_boosts)
    : language_(language),
      field_names_(std::move(field_names)),
      field_boosts_(std::move(field_boosts)),
      pipeline_(language) {
  for (const std::string& name : field_names_) {
    std::string escaped;
    AppendJsonEscaped(name, escaped);
    escaped_fields_.push_back(std::move(escaped));
  }
  // A posting is created as {_index, field1, field2, ...}; plain-object key
  // order moves array-index field names (already first in field order) ahead
  // of "_index".
  size_t f = 0;
  while (f < field_names_.size() && ArrayIndexKey(field_names_[f])) {
    posting_keys_.push_back(static_cast<int>(f++));
  }
  posting_keys_.push_back(-1);
  for (; f < field_names_.size(); ++f) posting_keys_.push_back(static_cast<int>(f));
}

uint32_t IndexBuilder::SlotFor(std::string_view ref) {
  auto [it, inserted] =
      slot_of_ref_.try_emplace(std::string(ref), static_cast<uint32_t>(slots_.size()));
  if (inserted) {
    Slot slot;
    AppendJsonEscaped(ref, slot.escaped_ref);
    slot.array_index = ArrayIndexKey(ref);
    if (slot.array_index) has_array_index_refs_ = true;
    slots_.push_back(std::move(slot));
    entries_.resize(entries_.size() + field_names_.size());
  } else {
    has_repeated_refs_ = true;
  }
  return it->second;
}

void IndexBuilder::Add(std::string_view ref, double boost,
                       const std::vector<std::string_view>& values) {
  const uint32_t slot = SlotFor(ref);
  ++document_count_;
  slots_[slot].boost = boost;  // this._documents[ref] = attributes: last add wins
  const size_t field_count = field_names_.size();
  for (size_t f = 0; f < field_count; ++f) {
    uint32_t length = 0;
    touched_.clear();
    pipeline_.Tokens(values[f], [&](std::u16string_view token) {
      bool inserted = false;
      const uint32_t token_id = tokens_.Intern(token, &inserted);
      if (inserted) {
        uint32_t term_id = kDropped;
        if (pipeline_.Finish(token, stem_scratch_)) {
          bool new_term = false;
          term_id = terms_.Intern(stem_scratch_, &new_term);
          if (new_term) tf_scratch_.push_back(0);
        }
        token_term_.push_back(term_id);
      }
      const uint32_t id = token_term_[token_id];
      if (id == kDropped) return;
      if (tf_scratch_[id]++ == 0) touched_.push_back(id);
      ++length;
    });
    // lunr.Vector keeps elements sorted by term index.
    std::sort(touched_.begin(), touched_.end());
    FieldEntry& entry = entries_[slot * field_count + f];
    entry.first_pair = static_cast<uint32_t>(tf_pairs_.size());
    entry.pair_count = static_cast<uint32_t>(touched_.size());
    entry.length = length;
    for (const uint32_t id : touched_) {
      tf_pairs_.emplace_back(id, tf_scratch_[id]);
      tf_scratch_[id] = 0;
      postings_.push_back({id, static_cast<uint32_t>(f), slot});
    }
  }
}

void IndexBuilder::WriteFieldVectors(const std::vector<double>& idf, JsonOut& json) const {
  std::string& out = json.text;
  const size_t field_count = field_names_.size();
  // averageFieldLength: integer sum over the field's fieldRefs divided by
  // their number (one per distinct ref).
  std::vector<double> average(field_count);
  for (size_t f = 0; f < field_count; ++f) {
    uint64_t sum = 0;
    for (size_t s = 0; s < slots_.size(); ++s) sum += entries_[s * field_count + f].length;
    average[f] = static_cast<double>(sum) / static_cast<double>(slots_.size());
  }
  const double k1_plus_1 = kK1 + 1;
  const double one_minus_b = 1 - kB;
  bool first_vector = true;
  for (size_t s = 0; s < slots_.size(); ++s) {
    const Slot& slot = slots_[s];
    const double doc_boost = EffectiveBoost(slot.boost);
    for (size_t f = 0; f < field_count; ++f) {
      const FieldEntry& entry = entries_[s * field_count + f];
      const double field_boost = EffectiveBoost(field_boosts_[f]);
      const double length_ratio = static_cast<double>(entry.length) / average[f];
      if (!first_vector) out.push_back(',');
      first_vector = false;
      out.append("[\"");
      out.append(escaped_fields_[f]);
      out.push_back('/');
      out.append(slot.escaped_ref);
      out.append("\",[");
      for (uint32_t p = 0; p < entry.pair_count; ++p) {
        const auto [term, count] = tf_pairs_[entry.first_pair + p];
        const double tf = count;
        // Same expression and evaluation order as createFieldVectors.
        double score =
            idf[term] * (k1_plus_1 * tf) / (kK1 * (one_minus_b + kB * length_ratio) + tf);
        score *= field_boost;
        score *= doc_boost;
        if (p > 0) out.push_back(',');
        AppendUint(term, out);
        out.push_back(',');
        AppendRoundedScore(score, out);
      }
      out.append("]]");
      json.Check();
    }
  }
}

void IndexBuilder::WriteInvertedIndex(const std::vector<uint32_t>& bucket_start,
                                      const std::vector<uint32_t>& bucket_slots,
                                      JsonOut& json) const {
  std::string& out = json.text;
  const size_t field_count = field_names_.size();
  std::vector<uint32_t> order(terms_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Object.keys(invertedIndex).sort(): UTF-16 code-unit order, which is what
  // std::u16string's comparison does.
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return terms_.Term(a) < terms_.Term(b); });
  std::vector<uint32_t> numeric;
  bool first_term = true;
  for (const uint32_t term : order) {
    if (!first_term) out.push_back(',');
    first_term = false;
    out.push_back('[');
    AppendJsonString(terms_.Term(term), out);
    out.push_back(',');
    out.push_back('{');
    bool first_key = true;
    for (const int key : posting_keys_) {
      if (!first_key) out.push_back(',');
      first_key = false;
      if (key < 0) {
        out.append("\"_index\":");
        AppendUint(term, out);
        continue;
      }
      out.push_back('"');
      out.append(escaped_fields_[static_cast<size_t>(key)]);
      out.append("\":{");
      const size_t bucket = term * field_count + static_cast<size_t>(key);
      const uint32_t* begin = bucket_slots.data() + bucket_start[bucket];
      const uint32_t* end = bucket_slots.data() + bucket_start[bucket + 1];
      bool first_doc = true;
      auto write_doc = [&](uint32_t s) {
        if (!first_doc) out.push_back(',');
        first_doc = false;
        out.push_back('"');
        out.append(slots_[s].escaped_ref);
        out.append("\":{}");
      };
      if (!has_array_index_refs_) {
        for (const uint32_t* p = begin; p != end; ++p) write_doc(*p);
      } else {
        // Array-index keys first in numeric order, the rest in insertion order.
        numeric.clear();
        for (const uint32_t* p = begin; p != end; ++p) {
          if (slots_[*p].array_index) numeric.push_back(*p);
        }
        std::sort(numeric.begin(), numeric.end(), [&](uint32_t a, uint32_t b) {
          return *slots_[a].array_index < *slots_[b].array_index;
        });
        for (const uint32_t s : numeric) write_doc(s);
        for (const uint32_t* p = begin; p != end; ++p) {
          if (!slots_[*p].array_index) write_doc(*p);
        }
      }
      out.push_back('}');
    }
    out.append("}]");
    json.Check();
  }
}

std::string IndexBuilder::ToJson() {
  size_t bytes = 0;
  return ToJson(SIZE_MAX, &bytes);
}

std::string IndexBuilder::ToJson(size_t max_bytes, size_t* bytes) {
  const size_t field_count = field_names_.size();
  const size_t term_count = terms_.size();

  // A ref added again inserts itself into a posting's field object only if it
  // is not there yet; keep each (term, field, ref) at its first position.
  if (has_repeated_refs_) {
    std::unordered_set<uint64_t> seen;
    seen.reserve(postings_.size());
    std::vector<Posting> unique;
    unique.reserve(postings_.size());
    for (const Posting& p : postings_) {
      const uint64_t key = (static_cast<uint64_t>(p.term * field_count + p.field) << 32) | p.slot;
      if (seen.insert(key).second) unique.push_back(p);
    }
    postings_.swap(unique);
  }

  // Counting sort of the postings by (term, field), stable in add order.
  std::vector<uint32_t> bucket_start(term_count * field_count + 1, 0);
  for (const Posting& p : postings_) ++bucket_start[p.term * field_count + p.field + 1];
  for (size_t i = 1; i < bucket_start.size(); ++i) bucket_start[i] += bucket_start[i - 1];
  std::vector<uint32_t> bucket_slots(postings_.size());
  {
    std::vector<uint32_t> fill(bucket_start.begin(), bucket_start.end() - 1);
    for (const Posting& p : postings_)
      bucket_slots[fill[p.term * field_count + p.field]++] = p.slot;
  }

  // lunr.idf: documentsWithTerm counts (field, ref) pairs, so it can exceed N.
  std::vector<double> idf(term_count);
  const double n = document_count_;
  for (size_t t = 0; t < term_count; ++t) {
    const double with_term = bucket_start[(t + 1) * field_count] - bucket_start[t * field_count];
    const double x = (n - with_term + 0.5) / (with_term + 0.5);
    idf[t] = FdlibmLog(1 + std::fabs(x));
  }

  JsonOut json;
  json.limit = max_bytes;
  std::string& out = json.text;
  const size_t estimate = tf_pairs_.size() * 16 + postings_.size() * 24 + term_count * 48 + 256;
  out.reserve(std::min(estimate, max_bytes < SIZE_MAX / 2 ? max_bytes + (size_t{1} << 17) : estimate));
  out.append("{\"version\":\"2.3.9\",\"fields\":[");
  for (size_t f = 0; f < field_count; ++f) {
    if (f > 0) out.push_back(',');
    out.push_back('"');
    out.append(escaped_fields_[f]);
    out.push_back('"');
  }
  out.append("],\"fieldVectors\":[");
  WriteFieldVectors(idf, json);
  out.append("],\"invertedIndex\":[");
  WriteInvertedIndex(bucket_start, bucket_slots, json);
  out.append("],\"pipeline\":");
  out.append(language_ == Language::kDutch ? "[\"trimmer-nl\",\"stemmer-nl\"]" : "[\"stemmer\"]");
  out.push_back('}');
  json.Check();
  *bytes = json.dropped + out.size();
  if (json.dropped > 0) return std::string();
  return std::move(out);
}

}  // namespace leernet::search
