#include "export/json_export.h"

#include <algorithm>
#include <functional>

#include "base/parallel.h"
#include "jsonschema/json_writer.h"

namespace leernet {

namespace {

constexpr size_t kPieceBytes = 1 << 20;
// Entries written in parallel before they are placed in order: some 12 KB each at 10,000
// entries, so a batch holds a few megabytes.
constexpr size_t kBatchEntries = 512;

class ExportWriter {
 public:
  explicit ExportWriter(const SiteModel& model) : model_(model), w_(0) {}

  // Hands the text to `put` in pieces of about a megabyte.
  void Write(const ChangeDates& dates, int jobs, const std::function<void(std::string_view)>& put) {
    w_.BeginObject();
    w_.Key("site");
    w_.BeginObject();
    if (model_.config) {
      w_.Field("title", model_.config->title);
      w_.Field("description", model_.config->description);
      w_.Field("language", model_.config->language);
    }
    w_.EndObject();
    w_.Key("kinds");
    w_.BeginArray();
    for (const KindSpec& kind : model_.schema->kinds) {
      w_.BeginObject();
      w_.Field("name", kind.name);
      w_.Field("label", kind.label);
      w_.Field("plural", kind.plural);
      w_.Field("url", model_.KindUrl(kind.name));
      w_.EndObject();
    }
    w_.EndArray();
    w_.Key("entries");
    w_.BeginArray();
    const size_t n = model_.entries.size();
    std::vector<std::string> texts;
    for (size_t batch = 0; batch < n; batch += kBatchEntries) {
      const size_t size = std::min(kBatchEntries, n - batch);
      texts.assign(size, std::string());
      const size_t runs = std::min<size_t>(static_cast<size_t>(ResolveJobs(jobs)), size);
      ParallelFor(runs, jobs, [&](size_t r) {
        ExportWriter run(model_);
        for (size_t k = size * r / runs; k < size * (r + 1) / runs; ++k) {
          run.Entry(batch + k, dates);
          texts[k] = run.w_.TakePiece();
        }
      });
      for (std::string& text : texts) {
        w_.Raw(text);
        text = std::string();
        if (w_.PendingBytes() >= kPieceBytes) put(w_.TakePiece());
      }
    }
    w_.EndArray();
    w_.EndObject();
    put(w_.Take());
  }

 private:
  void Entry(size_t i, const ChangeDates& dates) {
    const leernet::Entry& e = model_.entries[i];
    w_.BeginObject();
    w_.Field("kind", e.kind);
    w_.Field("slug", e.slug);
    w_.Field("url", model_.UrlOf(i));
    w_.Field("title", e.title);
    w_.Field("summary", e.summary);
    auto date = dates.find(e.rel_path);
    if (date != dates.end()) w_.Field("updated", date->second);
    w_.Field("source", e.rel_path);
    w_.Key("fields");
    w_.BeginObject();
    for (const auto& [name, value] : e.fields) {
      w_.Key(name);
      Value(value);
    }
    w_.EndObject();
    Refs(e);
    Backrefs(i);
    w_.Field("body", e.body);
    w_.EndObject();
  }

  void Value(const FieldValue& v) {
    switch (v.spec->type) {
      case FieldType::kInt:
      case FieldType::kYear: {
        std::optional<long long> number = ParseInteger(v.text);
        if (number)
          w_.Integer(*number);
        else
          w_.String(v.text);
        return;
      }
      case FieldType::kBool:
        w_.Bool(v.text == "true");
        return;
      case FieldType::kRef:
        Ref(v.spec->ref_kind, v.text);
        return;
      case FieldType::kList:
        w_.BeginArray();
        for (const FieldValue& item : v.items) Value(item);
        w_.EndArray();
        return;
      case FieldType::kObject:
        w_.BeginObject();
        for (const auto& [name, sub] : v.fields) {
          w_.Key(name);
          Value(sub);
        }
        w_.EndObject();
        return;
      default:
        w_.String(v.text);
        return;
    }
  }

  void Ref(const std::string& kind, const std::string& slug) {
    long target = model_.Find(kind, slug);
    w_.BeginObject();
    w_.Field("kind", kind);
    w_.Field("slug", slug);
    if (target >= 0) {
      w_.Field("title", model_.entries[target].title);
      w_.Field("url", model_.UrlOf(static_cast<size_t>(target)));
    }
    w_.EndObject();
  }

  // Every reference below a field, lists and objects included, in document order.
  static void CollectRefs(const FieldValue& v, std::vector<const FieldValue*>& out) {
    if (v.spec->type == FieldType::kRef) out.push_back(&v);
    for (const FieldValue& item : v.items) CollectRefs(item, out);
    for (const auto& [name, sub] : v.fields) CollectRefs(sub, out);
  }

  void Refs(const leernet::Entry& e) {
    w_.Key("refs");
    w_.BeginArray();
    for (const auto& [name, value] : e.fields) {
      std::vector<const FieldValue*> refs;
      CollectRefs(value, refs);
      if (refs.empty()) continue;
      w_.BeginObject();
      w_.Field("field", name);
      w_.Field("label", value.spec->label);
      w_.Key("entries");
      w_.BeginArray();
      for (const FieldValue* r : refs) Ref(r->spec->ref_kind, r->text);
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void Backrefs(size_t i) {
    w_.Key("backrefs");
    w_.BeginArray();
    if (i < model_.backrefs.size()) {
      for (const BackrefGroup& group : model_.backrefs[i]) {
        w_.BeginObject();
        w_.Field("field", group.field);
        w_.Field("label", group.label);
        w_.Field("kind", group.source_kind);
        w_.Key("entries");
        w_.BeginArray();
        for (size_t source : group.entries) Ref(model_.entries[source].kind, model_.entries[source].slug);
        w_.EndArray();
        w_.EndObject();
      }
    }
    w_.EndArray();
  }

  const SiteModel& model_;
  JsonWriter w_;
};

}  // namespace

void WriteKennisbankJson(const SiteModel& model, const ChangeDates& dates, int jobs,
                         const std::function<void(std::string_view)>& put) {
  ExportWriter(model).Write(dates, jobs, put);
}

std::string KennisbankJson(const SiteModel& model, const ChangeDates& dates, int jobs) {
  std::string text;
  WriteKennisbankJson(model, dates, jobs, [&](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace leernet
