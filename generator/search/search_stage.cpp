#include "search/search_stage.h"

#include <set>

#include "base/json_text.h"
#include "base/text.h"
#include "search/lunr_index.h"

namespace leernet {

namespace {

// The text of a field for the index: scalars as they are, references as the titles they
// point to (so that "themanetwerk" finds the networks of that type), lists joined.
void AppendText(const SiteModel& model, const FieldValue& v, std::string& out) {
  auto add = [&](const std::string& text) {
    if (text.empty()) return;
    if (!out.empty()) out += ", ";
    out += text;
  };
  if (v.spec->type == FieldType::kList || v.spec->type == FieldType::kObject) {
    for (const FieldValue& item : v.items) AppendText(model, item, out);
    for (const auto& [name, child] : v.fields) AppendText(model, child, out);
    return;
  }
  add(model.LabelOf(v));
}

struct IndexPlan {
  std::vector<search::IndexField> fields;
  std::vector<std::string> names;  // schema field names, "body" last
};

IndexPlan PlanFields(const Schema& schema) {
  IndexPlan plan;
  std::set<std::string> seen;
  for (const KindSpec& kind : schema.kinds) {
    for (const FieldSpec& f : kind.fields) {
      if (f.boost <= 0 || !seen.insert(f.name).second) continue;
      plan.fields.push_back({f.name, f.boost});
      plan.names.push_back(f.name);
    }
  }
  if (seen.insert("body").second) {
    plan.fields.push_back({"body", 1});
    plan.names.push_back("body");
  }
  return plan;
}

}  // namespace

SearchFiles BuildSearchFiles(const SiteModel& model) {
  const SiteConfig& config = *model.config;
  search::Language language = search::LanguageFromCode(config.language).value_or(search::Language::kDutch);
  IndexPlan plan = PlanFields(*model.schema);
  std::vector<search::IndexDocument> docs;
  docs.reserve(model.entries.size());
  std::string store = "window.LEERNET_STORE = {\"docs\":[";
  for (size_t i = 0; i < model.entries.size(); ++i) {
    const Entry& e = model.entries[i];
    search::IndexDocument doc;
    doc.ref = std::to_string(i);
    for (const std::string& name : plan.names) {
      std::string text;
      if (name == "body") {
        text = TruncateUtf8(model.bodies[i].plain_text, config.search.body_length);
      } else if (const FieldValue* v = e.Find(name)) {
        AppendText(model, *v, text);
      }
      doc.values.push_back(std::move(text));
    }
    docs.push_back(std::move(doc));
    const KindSpec* kind = model.schema->FindKind(e.kind);
    if (i) store += ',';
    store += "{\"t\":" + JsonString(e.title) + ",\"u\":" + JsonString(model.UrlOf(i)) + ",\"k\":" +
             JsonString(e.kind) + ",\"kl\":" + JsonString(kind->label) + ",\"s\":" + JsonString(e.summary) +
             ",\"f\":" + model.FacetJson(i) + "}";
  }
  store += "],\"facets\":[";
  std::set<std::string> facet_fields;
  bool first = true;
  for (const KindSpec& kind : model.schema->kinds) {
    for (const Facet& facet : model.FacetsOf(kind.name)) {
      if (!facet_fields.insert(facet.field).second) continue;
      // A field name shared by several kinds (themas) gathers the values of all of them.
      std::string values;
      std::set<std::string> seen;
      for (const KindSpec& other : model.schema->kinds) {
        for (const Facet& f : model.FacetsOf(other.name)) {
          if (f.field != facet.field) continue;
          for (const FacetValue& v : f.values) {
            if (!seen.insert(v.value).second) continue;
            values += (values.empty() ? "" : ",") + JsonString(v.value) + ":" + JsonString(v.label);
          }
        }
      }
      store += std::string(first ? "" : ",") + "{\"name\":" + JsonString(facet.field) +
               ",\"label\":" + JsonString(facet.label) + ",\"values\":{" + values + "}}";
      first = false;
    }
  }
  store += "],\"kinds\":{";
  for (size_t k = 0; k < model.schema->kinds.size(); ++k) {
    const KindSpec& kind = model.schema->kinds[k];
    store += (k ? "," : "") + JsonString(kind.name) + ":" + JsonString(kind.label);
  }
  store += "}};\n";
  SearchFiles files;
  files.index_json = search::BuildLunrIndexJson(language, plan.fields, docs);
  files.store_js = std::move(store);
  files.search_docs = search::SearchDocsJson(language, plan.fields, docs);
  return files;
}

void AddSearchFiles(const SearchFiles& files, const SiteModel& model, const FileSystem& fs,
                    const std::string& node_modules, OutputSet& output, Diagnostics& diags) {
  output.Add("search/index.json", files.index_json);
  output.Add("search/index.js", "window.LEERNET_INDEX = " + files.index_json + ";\n");
  output.Add("search/store.js", files.store_js);
  if (files.index_json.size() > model.config->search.budget_bytes) {
    diags.Warning("search/index.json", {},
                  "the search index is " + std::to_string(files.index_json.size()) + " bytes, over the budget of " +
                      std::to_string(model.config->search.budget_bytes) +
                      " (lower search.body_length in site.yaml)");
  }
  // The browser runs the real lunr.js; it is installed from npm and copied, never kept in the repository.
  const std::pair<const char*, const char*> kScripts[] = {
      {"lunr/lunr.js", "assets/lunr/lunr.js"},
      {"lunr-languages/lunr.stemmer.support.js", "assets/lunr/lunr.stemmer.support.js"},
      {"lunr-languages/lunr.nl.js", "assets/lunr/lunr.nl.js"},
  };
  for (const auto& [from, to] : kScripts) {
    std::string path = JoinPath(node_modules, from);
    ReadResult read = fs.ReadFile(path);
    if (!read.text) {
      diags.Error(path, {}, "cannot read the browser search library (run the setup script to install it): " + read.error);
      continue;
    }
    output.Add(to, std::move(*read.text));
  }
}

}  // namespace leernet
