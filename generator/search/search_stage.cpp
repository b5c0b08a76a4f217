#include "search/search_stage.h"

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "base/json_text.h"
#include "base/memory.h"
#include "base/parallel.h"
#include "base/text.h"
#include "search/compounds.h"
#include "search/lunr_index.h"
#include "search/shards.h"

namespace leernet {

namespace {

// The text of a field for the index: scalars as they are, references as the
// titles they point to (so that "themanetwerk" finds the networks of that
// type), lists joined.
void AppendText(const SiteModel &model, const FieldValue &v, std::string &out) {
  auto add = [&](const std::string &text) {
    if (text.empty()) return;
    if (!out.empty()) out += ", ";
    out += text;
  };
  if (v.spec->type == FieldType::kList || v.spec->type == FieldType::kObject) {
    for (const FieldValue &item : v.items) AppendText(model, item, out);
    for (const auto &[name, child] : v.fields) AppendText(model, child, out);
    return;
  }
  add(model.LabelOf(v));
}

// One index field and where its text comes from: schema fields, "body" for the
// body.
struct PlannedField {
  search::IndexField field;
  std::vector<std::string> from;
};

PlannedField Planned(const std::string &name, double boost, std::vector<std::string> from) {
  PlannedField p;
  p.field.name = name;
  p.field.boost = boost;
  p.from = std::move(from);
  return p;
}

// The index fields of site.yaml's search.fields, or else one per schema field
// with a boost.
std::vector<PlannedField> PlanFields(const Schema &schema, const SiteConfig &config, const std::string &config_path,
                                     Diagnostics &diags) {
  std::vector<std::string> indexed;  // schema fields with a boost, first appearance
  std::set<std::string> seen;
  for (const KindSpec &kind : schema.kinds) {
    for (const FieldSpec &f : kind.fields) {
      if (f.boost > 0 && seen.insert(f.name).second) indexed.push_back(f.name);
    }
  }
  std::vector<PlannedField> plan;
  if (config.search.fields.empty()) {
    for (const KindSpec &kind : schema.kinds) {
      for (const FieldSpec &f : kind.fields) {
        bool first =
            std::none_of(plan.begin(), plan.end(), [&](const PlannedField &p) { return p.field.name == f.name; });
        if (f.boost > 0 && first) plan.push_back(Planned(f.name, f.boost, {f.name}));
      }
    }
    plan.push_back(Planned("body", 1, {"body"}));
    return plan;
  }
  std::set<std::string> named;
  for (const SearchField &sf : config.search.fields) {
    for (const std::string &name : sf.from) {
      if (name == "*") continue;
      if (name != "body" && !seen.count(name)) {
        diags.Error(config_path, sf.pos,
                    Say("search.fields.{0}: '{1}' is geen schemaveld met een boost",
                        "search.fields.{0}: '{1}' is not a schema field with a boost", {sf.name, name}) +
                        DidYouMeanSuffix(name, indexed),
                    Say("geef het veld in schema.yaml een boost of haal het uit 'from'",
                        "give the field a boost in schema.yaml or remove it from 'from'"));
      }
      named.insert(name);
    }
  }
  for (const SearchField &sf : config.search.fields) {
    PlannedField p = Planned(sf.name, sf.boost, {});
    for (const std::string &name : sf.from) {
      if (name != "*") {
        p.from.push_back(name);
        continue;
      }
      for (const std::string &rest : indexed) {
        if (!named.count(rest)) p.from.push_back(rest);
      }
    }
    plan.push_back(std::move(p));
  }
  return plan;
}

// Words for splitting compounds: the configured word list and the site's own
// words.
search::CompoundSplitter MakeSplitter(const SiteModel &model, const FileSystem &fs, const std::string &config_path,
                                      Diagnostics &diags) {
  search::CompoundSplitter splitter;
  // The word list (the whole Dutch dictionary: 400,000 words) is gathered on a thread of its
  // own while this one takes the site's words.
  std::thread list_words;
  const std::string &list = model.config->search.compound_words;
  ReadResult read{std::nullopt, ""};
  if (!list.empty()) {
    read = fs.ReadFile(list);
    if (read.text) {
      list_words = std::thread([&] { splitter.AddWords(*read.text); });
    } else {
      diags.Warning(config_path, {},
                    Say("search.compound_words: {0} kan niet worden gelezen: {1} (samenstellingen worden alleen met de "
                        "eigen woorden van de site gesplitst)",
                        "search.compound_words: cannot read {0}: {1} (compounds are split with the site's own words "
                        "only)",
                        {list, read.error}),
                    Say("controleer het pad in search.compound_words", "check the path in search.compound_words"));
    }
  }
  search::CompoundSplitter site;
  for (size_t i = 0; i < model.entries.size(); ++i) {
    site.AddSiteWords(model.entries[i].title);
    site.AddSiteWords(model.entries[i].summary);
    site.AddSiteWords(model.bodies[i].plain_text);
  }
  if (list_words.joinable()) list_words.join();
  splitter.Merge(std::move(site));
  return splitter;
}

// The index document of entry i: the text of each planned field, and the parts of its
// compounds as extra words, so "verpleging" finds "wijkverpleging".
search::IndexDocument MakeDocument(const SiteModel &model, const std::vector<PlannedField> &plan,
                                   const search::CompoundSplitter &splitter, size_t i,
                                   search::CompoundSplitter::SplitCache &cache) {
  const Entry &e = model.entries[i];
  search::IndexDocument doc;
  doc.ref = std::to_string(i);
  for (const PlannedField &p : plan) {
    std::string text;
    for (const std::string &name : p.from) {
      if (name == "body") {
        std::string body = TruncateUtf8(model.bodies[i].plain_text, model.config->search.body_length);
        if (!body.empty()) text += (text.empty() ? "" : ", ") + body;
      } else if (const FieldValue *v = e.Find(name)) {
        AppendText(model, *v, text);
      }
    }
    std::string parts = splitter.Parts(text, cache);
    if (!parts.empty()) text += "\n" + parts;
    doc.values.push_back(std::move(text));
  }
  return doc;
}

// JSON (which holds no raw line break) as a single-quoted JavaScript string.
void AppendQuotedJson(const std::string &json, std::string &out) {
  out.reserve(out.size() + json.size() + 8);
  out += '\'';
  for (char c : json) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  out += '\'';
}

// `window.<global> = JSON.parse('<json>');`: JSON.parse of a string is some twenty times faster
// than evaluating the same data as an object literal.
std::string ParsedJsonScript(const char *global, const std::string &json) {
  std::string out = std::string("window.") + global + " = JSON.parse(";
  AppendQuotedJson(json, out);
  out += ");\n";
  return out;
}

// A script that hands a shard to search-core.js as one string, which it gives to JSON.parse
// (see ParsedJsonScript).
std::string ShardScript(const std::string &name, const std::string &json) {
  std::string out = "(window.LEERNET_SHARDS=window.LEERNET_SHARDS||{})[" + JsonString(name) + "]=";
  AppendQuotedJson(json, out);
  out += ";\n";
  return out;
}

// Body text for result snippets, one string per store entry: the same leading
// part of the body that is indexed, so a word found in the body can be shown in
// its sentence. A file of its own that the search page loads after the first
// results, so it adds nothing to the time before them.
std::string TextJs(const SiteModel &model) {
  std::string json = "[";
  for (size_t i = 0; i < model.entries.size(); ++i) {
    if (i) json += ',';
    json += JsonString(TruncateUtf8(model.bodies[i].plain_text, model.config->search.body_length));
  }
  json += "]";
  return ParsedJsonScript("LEERNET_TEXT", json);
}

// The store is parsed from one string for the same reason as the shards: at
// 10,000 entries evaluating it as an object literal takes longer than the first
// shard.
std::string StoreJs(const SiteModel &model) {
  std::string store = "{\"docs\":[";
  for (size_t i = 0; i < model.entries.size(); ++i) {
    const Entry &e = model.entries[i];
    const KindSpec *kind = model.schema->FindKind(e.kind);
    if (i) store += ',';
    store += "{\"t\":" + JsonString(e.title) + ",\"u\":" + JsonString(model.UrlOf(i)) + ",\"k\":" + JsonString(e.kind) +
             ",\"kl\":" + JsonString(kind->label) + ",\"s\":" + JsonString(e.summary) + ",\"f\":" + model.FacetJson(i) +
             "}";
  }
  store += "],\"facets\":[";
  // One filter group per field and label: a field that several kinds share under one label
  // (themas) gathers the values of all of them; the same field name under another label
  // (categorie: "Soort" of a network, "Categorie" of a practice) is a group of its own. The
  // kinds of each group go along, so the page counts only their entries and can tell groups
  // with the same label apart.
  struct FacetGroup {
    std::string field, label, values;
    std::vector<std::string> kinds;
    std::set<std::string> seen;
  };
  std::vector<FacetGroup> facet_groups;
  for (const KindSpec &kind : model.schema->kinds) {
    for (const Facet &facet : model.FacetsOf(kind.name)) {
      auto it = std::find_if(facet_groups.begin(), facet_groups.end(),
                             [&](const FacetGroup &g) { return g.field == facet.field && g.label == facet.label; });
      if (it == facet_groups.end()) {
        facet_groups.push_back({facet.field, facet.label, "", {}, {}});
        it = facet_groups.end() - 1;
      }
      if (std::find(it->kinds.begin(), it->kinds.end(), kind.name) == it->kinds.end()) it->kinds.push_back(kind.name);
      for (const FacetValue &v : facet.values) {
        if (!it->seen.insert(v.value).second) continue;
        it->values += (it->values.empty() ? "" : ",") + JsonString(v.value) + ":" + JsonString(v.label);
      }
    }
  }
  for (size_t g = 0; g < facet_groups.size(); ++g) {
    const FacetGroup &group = facet_groups[g];
    std::string kinds;
    for (const std::string &k : group.kinds) kinds += (kinds.empty() ? "" : ",") + JsonString(k);
    store += std::string(g ? "," : "") + "{\"name\":" + JsonString(group.field) +
             ",\"label\":" + JsonString(group.label) + ",\"kinds\":[" + kinds + "],\"values\":{" + group.values + "}}";
  }
  store += "],\"kinds\":{";
  for (size_t k = 0; k < model.schema->kinds.size(); ++k) {
    const KindSpec &kind = model.schema->kinds[k];
    store += (k ? "," : "") + JsonString(kind.name) + ":" + JsonString(kind.label);
  }
  store += "}}";
  return ParsedJsonScript("LEERNET_STORE", store);
}

// Each shard's script, the store and the text go to `output` as soon as they are made and
// are not kept, so the index never sits in memory whole.
SearchFiles MakeSearchFiles(const SiteModel &model, const FileSystem &fs, const std::string &config_path,
                            Diagnostics &diags, const SearchBuildOptions &options, OutputSet &output) {
  const SiteConfig &config = *model.config;
  search::Language language = search::LanguageFromCode(config.language).value_or(search::Language::kDutch);
  std::vector<PlannedField> plan = PlanFields(*model.schema, config, config_path, diags);
  std::vector<search::IndexField> fields;
  for (const PlannedField &p : plan) fields.push_back(p.field);
  search::CompoundSplitter splitter = MakeSplitter(model, fs, config_path, diags);
  std::vector<search::IndexDocument> docs(model.entries.size());
  // Runs of entries in parallel, each with its own cache of splits (a word of one run is
  // mostly in the others too, so a cache per entry would split it again and again).
  const size_t runs = std::min<size_t>(static_cast<size_t>(ResolveJobs(options.jobs)), docs.size());
  ParallelFor(runs, options.jobs, [&](size_t r) {
    search::CompoundSplitter::SplitCache cache;
    for (size_t i = docs.size() * r / runs; i < docs.size() * (r + 1) / runs; ++i) {
      docs[i] = MakeDocument(model, plan, splitter, i, cache);
    }
  });
  // The splitter's word list (the whole Dutch dictionary) is not needed for the shards, which
  // are built on other threads.
  splitter = search::CompoundSplitter();
  ReturnFreedMemory();
  SearchFiles files;
  search::ShardInput shard_input;
  shard_input.language = language;
  shard_input.fields = &fields;
  shard_input.documents = &docs;
  std::vector<std::string> kind_of_document;
  kind_of_document.reserve(model.entries.size());
  for (const Entry &e : model.entries) kind_of_document.push_back(e.kind);
  shard_input.kind_of_document = &kind_of_document;
  for (const KindSpec &kind : model.schema->kinds) shard_input.kinds.push_back(kind.name);
  std::string docs_shards;
  std::vector<char> reserved;  // per shard: its path was free
  std::atomic<size_t> index_bytes{0};
  search::ShardReceiver receiver;
  receiver.planned = [&](const std::vector<search::IndexShard> &groups) {
    std::string manifest = "window.LEERNET_INDEX={\"shards\":[";
    for (size_t g = 0; g < groups.size(); ++g) {
      const search::IndexShard &group = groups[g];
      SearchShard shard;
      shard.name = group.name;
      shard.file = groups.size() == 1 ? "search/index.js" : "search/index-" + group.name + ".js";
      std::string refs;
      for (size_t i : group.members) refs += (refs.empty() ? "" : ",") + JsonString(docs[i].ref);
      manifest += std::string(g ? "," : "") + "{\"name\":" + JsonString(group.name) +
                  ",\"file\":" + JsonString(shard.file.substr(7)) +
                  ",\"docs\":" + std::to_string(group.members.size()) + "}";
      docs_shards += std::string(g ? "," : "") + "{\"name\":" + JsonString(group.name) +
                     ",\"file\":" + JsonString(shard.file) + ",\"refs\":[" + refs + "]}";
      files.shards.push_back(std::move(shard));
    }
    manifest += "]};\n";
    files.manifest_js = std::move(manifest);
    // The paths are taken here, in shard order, so that which one wins does not depend on
    // the order the shards are built in.
    if (files.shards.size() > 1) output.Add("search/index.js", files.manifest_js);
    for (const SearchShard &shard : files.shards) reserved.push_back(output.Reserve(shard.file));
  };
  receiver.built = [&](size_t g, std::string json) {
    SearchShard &shard = files.shards[g];
    index_bytes += json.size();
    std::string script = ShardScript(shard.name, json);
    json = std::string();
    if (files.shards.size() == 1) script.insert(0, files.manifest_js);
    if (reserved[g]) output.Fill(shard.file, std::move(script));
  };
  search::BuildShards(shard_input, config.search.shard_bytes, options.jobs, receiver);
  files.index_bytes = index_bytes;
  output.Add("search/store.js", StoreJs(model));
  output.Add("search/text.js", TextJs(model));
  if (!options.documents) return files;
  std::string all_docs = search::SearchDocsJson(language, fields, docs);
  // {"language":..,"fields":..,"documents":..} plus the shards, so node can
  // rebuild each one.
  all_docs.pop_back();
  files.search_docs = all_docs + ",\"shards\":[" + docs_shards + "]}";
  return files;
}

// The rest of the search files: the budget warning and lunr.js itself.
void AddSearchScripts(const SearchFiles &files, const SiteModel &model, const FileSystem &fs,
                      const std::string &node_modules, OutputSet &output, Diagnostics &diags) {
  if (files.index_bytes > model.config->search.budget_bytes) {
    diags.Warning("search/index.js", {},
                  Say("de zoekindex is {0} bytes, boven het budget van {1} (verlaag search.body_length in site.yaml)",
                      "the search index is {0} bytes, over the budget of {1} (lower search.body_length in site.yaml)",
                      {std::to_string(files.index_bytes), std::to_string(model.config->search.budget_bytes)}));
  }
  // The browser runs the real lunr.js; it is installed from npm and copied,
  // never kept in the repository.
  const std::pair<const char *, const char *> kScripts[] = {
      {"lunr/lunr.js", "assets/lunr/lunr.js"},
      {"lunr-languages/lunr.stemmer.support.js", "assets/lunr/lunr.stemmer.support.js"},
      {"lunr-languages/lunr.nl.js", "assets/lunr/lunr.nl.js"},
  };
  for (const auto &[from, to] : kScripts) {
    std::string path = JoinPath(node_modules, from);
    ReadResult read = fs.ReadFile(path);
    if (!read.text) {
      diags.Error(path, {},
                  Say("de zoekbibliotheek voor de browser kan niet worden gelezen (installeer hem met het "
                      "setup-script): {0}",
                      "cannot read the browser search library (run the setup "
                      "script to install it): {0}",
                      {read.error}));
      continue;
    }
    output.Add(to, std::move(*read.text));
  }
}

}  // namespace

SearchFiles WriteSearchFiles(const SiteModel &model, const FileSystem &fs, const std::string &config_path,
                             const std::string &node_modules, OutputSet &output, Diagnostics &diags,
                             const SearchBuildOptions &options) {
  SearchFiles files = MakeSearchFiles(model, fs, config_path, diags, options, output);
  AddSearchScripts(files, model, fs, node_modules, output, diags);
  return files;
}

}  // namespace leernet
