// Driver for the search conformance tests and benchmark: exposes the search
// module on the command line so node scripts can compare it with lunr.js.
//
//   lunr_tool analyze nl|en          AnalyzeLines, stdin -> stdout
//   lunr_tool index DOCS.json        BuildLunrIndexJson of a search-docs file
//   lunr_tool docs DOCS.json         SearchDocsJson of a search-docs file
//   lunr_tool log                    hex doubles in, hex FdlibmLog out
//   lunr_tool bench DOCS.json RUNS   median build time (ms) of RUNS builds
#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "search/analyze.h"
#include "search/fdlibm_log.h"
#include "search/lunr_index.h"

namespace {

using leernet::search::IndexDocument;
using leernet::search::IndexField;
using leernet::search::Language;

struct Corpus {
  Language language = Language::kDutch;
  std::vector<IndexField> fields;
  std::vector<IndexDocument> documents;
};

bool LoadCorpus(const char* path, Corpus& corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot open " << path << "\n";
    return false;
  }
  const nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    std::cerr << "not a search-docs JSON file: " << path << "\n";
    return false;
  }
  const auto language = leernet::search::LanguageFromCode(j.value("language", std::string()));
  if (!language) {
    std::cerr << "unknown language\n";
    return false;
  }
  corpus.language = *language;
  for (const auto& f : j.at("fields")) {
    corpus.fields.push_back({f.at("name").get<std::string>(), f.value("boost", 1.0)});
  }
  for (const auto& d : j.at("documents")) {
    IndexDocument doc;
    doc.ref = d.at("ref").get<std::string>();
    doc.boost = d.value("boost", 1.0);
    const auto& values = d.at("fields");
    for (const IndexField& f : corpus.fields) {
      const auto it = values.find(f.name);
      doc.values.push_back(it != values.end() && it->is_string() ? it->get<std::string>() : "");
    }
    corpus.documents.push_back(std::move(doc));
  }
  return true;
}

int Usage() {
  std::cerr << "usage: lunr_tool analyze nl|en | index FILE | docs FILE | log | bench FILE RUNS\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) return Usage();
  const std::string command = argv[1];
  if (command == "analyze" && argc == 3) {
    const auto language = leernet::search::LanguageFromCode(argv[2]);
    if (!language) return Usage();
    leernet::search::AnalyzeLines(*language, std::cin, std::cout);
    return 0;
  }
  if ((command == "index" || command == "docs") && argc == 3) {
    Corpus corpus;
    if (!LoadCorpus(argv[2], corpus)) return 1;
    const std::string json =
        command == "index"
            ? leernet::search::BuildLunrIndexJson(corpus.language, corpus.fields, corpus.documents)
            : leernet::search::SearchDocsJson(corpus.language, corpus.fields, corpus.documents);
    std::fwrite(json.data(), 1, json.size(), stdout);
    return json.empty() ? 1 : 0;
  }
  if (command == "log" && argc == 2) {
    std::string line;
    while (std::getline(std::cin, line)) {
      const uint64_t bits = std::stoull(line, nullptr, 16);
      const double result = leernet::search::FdlibmLog(std::bit_cast<double>(bits));
      char buf[20];
      std::snprintf(buf, sizeof buf, "%016llx\n",
                    static_cast<unsigned long long>(std::bit_cast<uint64_t>(result)));
      std::cout << buf;
    }
    return 0;
  }
  if (command == "bench" && argc == 4) {
    Corpus corpus;
    if (!LoadCorpus(argv[2], corpus)) return 1;
    const int runs = std::max(1, std::stoi(argv[3]));
    // Wall time, and process CPU time, which stays meaningful on a busy machine.
    std::vector<double> ms;
    std::vector<double> cpu_ms;
    size_t bytes = 0;
    for (int i = 0; i < runs; ++i) {
      const auto start = std::chrono::steady_clock::now();
      const std::clock_t cpu_start = std::clock();
      const std::string json =
          leernet::search::BuildLunrIndexJson(corpus.language, corpus.fields, corpus.documents);
      const std::clock_t cpu_end = std::clock();
      const auto end = std::chrono::steady_clock::now();
      bytes = json.size();
      ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
      cpu_ms.push_back(1000.0 * static_cast<double>(cpu_end - cpu_start) / CLOCKS_PER_SEC);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu_ms.begin(), cpu_ms.end());
    std::cout << "{\"median_ms\":" << ms[ms.size() / 2] << ",\"min_ms\":" << ms.front()
              << ",\"median_cpu_ms\":" << cpu_ms[cpu_ms.size() / 2] << ",\"bytes\":" << bytes
              << "}\n";
    return 0;
  }
  return Usage();
}
