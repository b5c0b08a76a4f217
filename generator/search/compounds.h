// Splits Dutch compounds ("wijkverpleging") into known words ("wijk
// verpleging") so that the index also holds the parts. Knows only words, no
// site and no lunr: the parts are returned as plain text that goes into the
// documents, so lunr.js rebuilds the same index from them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace leernet::search {

class CompoundSplitter {
 public:
  // Every word of text (lower-cased, at least kMinPart bytes) becomes a known
  // word; words of the site itself may also be short heads ("zorg" in
  // "ouderenzorg").
  void AddWords(std::string_view text);
  void AddSiteWords(std::string_view text);

  // The words of `other` join these, as if its Add calls had been made here. Lets a word list
  // and the site's words be gathered on two threads.
  void Merge(CompoundSplitter &&other);

  // Splits already made, by word. One per thread: Parts only reads the splitter.
  using SplitCache = std::unordered_map<std::string, std::vector<std::string>>;

  // The parts of the compounds in text, space-separated, each part once; "" if
  // none.
  std::string Parts(std::string_view text, SplitCache &cache) const;

  // The parts of one lower-case word, the split into the fewest known words (a
  // linking "s" allowed); empty when the word is no compound of known words. A
  // word list holds many fragments that are words too ("ingen", "sten"), so a
  // last part of four letters must be a word of the site and one that starts
  // with a vowel needs six letters.
  std::vector<std::string> Split(const std::string &word) const;

  static constexpr size_t kMinPart = 4;

 private:
  bool IsHead(const std::string &part) const;

  std::unordered_set<std::string> words_;
  std::unordered_set<std::string> site_words_;
};

}  // namespace leernet::search
