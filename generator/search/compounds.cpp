#include "search/compounds.h"

#include <set>

namespace leernet::search {

namespace {

// Letters: ASCII letters and digits and every byte of a multi-byte UTF-8
// character.
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

template <typename F>
void ForEachWord(std::string_view text, F &&f) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) {
      std::string word(text.substr(start, i - start));
      for (char &c : word) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      f(word);
    }
  }
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void CompoundSplitter::AddWords(std::string_view text) {
  ForEachWord(text, [&](const std::string &word) {
    if (word.size() >= kMinPart) words_.insert(word);
  });
}

void CompoundSplitter::AddSiteWords(std::string_view text) {
  ForEachWord(text, [&](const std::string &word) {
    // A site word is in words_ too, so only a new site word needs the second insert.
    if (word.size() >= kMinPart && site_words_.insert(word).second) words_.insert(word);
  });
}

void CompoundSplitter::Merge(CompoundSplitter &&other) {
  if (other.words_.size() > words_.size()) words_.swap(other.words_);
  words_.merge(other.words_);
  if (other.site_words_.size() > site_words_.size()) site_words_.swap(other.site_words_);
  site_words_.merge(other.site_words_);
}

bool CompoundSplitter::IsHead(const std::string &part) const {
  if (!words_.count(part)) return false;
  if (part.size() == kMinPart && !site_words_.count(part)) return false;
  bool vowel = std::string_view("aeiouy").find(part[0]) != std::string_view::npos;
  return !vowel || part.size() >= kMinPart + 2 || site_words_.count(part);
}

std::vector<std::string> CompoundSplitter::Split(const std::string &word) const {
  std::vector<std::string> best;
  if (word.size() < 2 * kMinPart) return best;
  for (size_t i = word.size() - kMinPart; i >= kMinPart; --i) {
    if (IsContinuation(word[i])) continue;
    std::string prefix = word.substr(0, i);
    if (!words_.count(prefix)) {
      // The linking s of "kwaliteitsverbetering".
      if (prefix.back() != 's' || prefix.size() <= kMinPart || !words_.count(prefix.substr(0, i - 1))) continue;
      prefix.pop_back();
    }
    std::string rest = word.substr(i);
    std::vector<std::string> parts = {prefix};
    if (IsHead(rest)) {
      parts.push_back(rest);
    } else {
      std::vector<std::string> rest_parts = Split(rest);
      if (rest_parts.empty()) continue;
      parts.insert(parts.end(), rest_parts.begin(), rest_parts.end());
    }
    if (best.empty() || parts.size() < best.size()) best = std::move(parts);
  }
  return best;
}

std::string CompoundSplitter::Parts(std::string_view text, SplitCache &cache) const {
  std::string out;
  std::set<std::string> seen;
  ForEachWord(text, [&](const std::string &word) {
    auto it = cache.find(word);
    if (it == cache.end()) it = cache.emplace(word, Split(word)).first;
    for (const std::string &part : it->second) {
      if (!seen.insert(part).second) continue;
      if (!out.empty()) out += ' ';
      out += part;
    }
  });
  return out;
}

}  // namespace leernet::search
