#include "search/stop_words.h"

#include <algorithm>
#include <iterator>

namespace leernet::search {
namespace {

// lunr.stopWordFilter (lunr 2.3.9), 119 words, sorted.
constexpr std::u16string_view kEnglishStopWords[] = {
    u"a",       u"able",    u"about",  u"across", u"after",  u"all",     u"almost", u"also",
    u"am",      u"among",   u"an",     u"and",    u"any",    u"are",     u"as",     u"at",
    u"be",      u"because", u"been",   u"but",    u"by",     u"can",     u"cannot", u"could",
    u"dear",    u"did",     u"do",     u"does",   u"either", u"else",    u"ever",   u"every",
    u"for",     u"from",    u"get",    u"got",    u"had",    u"has",     u"have",   u"he",
    u"her",     u"hers",    u"him",    u"his",    u"how",    u"however", u"i",      u"if",
    u"in",      u"into",    u"is",     u"it",     u"its",    u"just",    u"least",  u"let",
    u"like",    u"likely",  u"may",    u"me",     u"might",  u"most",    u"must",   u"my",
    u"neither", u"no",      u"nor",    u"not",    u"of",     u"off",     u"often",  u"on",
    u"only",    u"or",      u"other",  u"our",    u"own",    u"rather",  u"said",   u"say",
    u"says",    u"she",     u"should", u"since",  u"so",     u"some",    u"than",   u"that",
    u"the",     u"their",   u"them",   u"then",   u"there",  u"these",   u"they",   u"this",
    u"tis",     u"to",      u"too",    u"twas",   u"us",     u"wants",   u"was",    u"we",
    u"were",    u"what",    u"when",   u"where",  u"which",  u"while",   u"who",    u"whom",
    u"why",     u"will",    u"with",   u"would",  u"yet",    u"you",     u"your",
};

// lunr.nl.stopWordFilter (lunr-languages 1.22.0), 101 words, sorted. The JS
// list is split from a string with a leading space, so it also holds "";
// that entry is handled in IsStopWord.
constexpr std::u16string_view kDutchStopWords[] = {
    u"aan",    u"al",    u"alles",  u"als",    u"altijd", u"andere", u"ben",   u"bij",   u"daar",
    u"dan",    u"dat",   u"de",     u"der",    u"deze",   u"die",    u"dit",   u"doch",  u"doen",
    u"door",   u"dus",   u"een",    u"eens",   u"en",     u"er",     u"ge",    u"geen",  u"geweest",
    u"haar",   u"had",   u"heb",    u"hebben", u"heeft",  u"hem",    u"het",   u"hier",  u"hij",
    u"hoe",    u"hun",   u"iemand", u"iets",   u"ik",     u"in",     u"is",    u"ja",    u"je",
    u"kan",    u"kon",   u"kunnen", u"maar",   u"me",     u"meer",   u"men",   u"met",   u"mij",
    u"mijn",   u"moet",  u"na",     u"naar",   u"niet",   u"niets",  u"nog",   u"nu",    u"of",
    u"om",     u"omdat", u"onder",  u"ons",    u"ook",    u"op",     u"over",  u"reeds", u"te",
    u"tegen",  u"toch",  u"toen",   u"tot",    u"u",      u"uit",    u"uw",    u"van",   u"veel",
    u"voor",   u"want",  u"waren",  u"was",    u"wat",    u"werd",   u"wezen", u"wie",   u"wil",
    u"worden", u"wordt", u"zal",    u"ze",     u"zelf",   u"zich",   u"zij",   u"zijn",  u"zo",
    u"zonder", u"zou",
};

static_assert(std::size(kEnglishStopWords) == 119);
static_assert(std::size(kDutchStopWords) == 101);
static_assert(std::is_sorted(std::begin(kEnglishStopWords), std::end(kEnglishStopWords)));
static_assert(std::is_sorted(std::begin(kDutchStopWords), std::end(kDutchStopWords)));

}  // namespace

bool IsStopWord(Language language, std::u16string_view term) {
  if (language == Language::kDutch) {
    if (term.empty()) return true;
    return std::binary_search(std::begin(kDutchStopWords), std::end(kDutchStopWords), term);
  }
  return std::binary_search(std::begin(kEnglishStopWords), std::end(kEnglishStopWords), term);
}

}  // namespace leernet::search
