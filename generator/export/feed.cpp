#include "export/feed.h"

#include <algorithm>

#include "export/xml_text.h"

namespace leernet {

namespace {

std::string DateOf(const SiteModel& model, const ChangeDates& dates, size_t entry) {
  auto it = dates.find(model.entries[entry].rel_path);
  return it == dates.end() ? "" : it->second;
}

std::string AtomTime(const std::string& date) { return (date.empty() ? "1970-01-01" : date) + "T00:00:00Z"; }

// Lowercase ASCII letters and digits, everything else one '-': a URN-safe name for the site.
std::string UrnName(const std::string& text) {
  std::string out;
  for (char c : text) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep)
      out += lower;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "site" : out;
}

}  // namespace

std::vector<size_t> RecentlyChanged(const SiteModel& model, const ChangeDates& dates, size_t limit) {
  std::vector<std::pair<std::string, size_t>> dated;
  for (size_t i = 0; i < model.entries.size(); ++i) {
    std::string date = DateOf(model, dates, i);
    if (!date.empty()) dated.emplace_back(std::move(date), i);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second < b.second;
  });
  std::vector<size_t> out;
  for (size_t i = 0; i < dated.size() && i < limit; ++i) out.push_back(dated[i].second);
  return out;
}

std::string AtomFeed(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings) {
  const std::string base = NormalizedBaseUrl(settings.base_url);
  const std::string title = model.config ? model.config->title : "leernet";
  const std::string urn = "urn:leernet:" + UrnName(title);
  std::vector<size_t> recent = RecentlyChanged(model, dates, settings.feed_entries);

  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  x += "<feed xmlns=\"http://www.w3.org/2005/Atom\"";
  if (model.config && !model.config->language.empty()) x += " xml:lang=\"" + EscapeXml(model.config->language) + "\"";
  x += ">\n";
  x += "  <title>" + EscapeXml(title) + "</title>\n";
  if (model.config && !model.config->description.empty()) {
    x += "  <subtitle>" + EscapeXml(model.config->description) + "</subtitle>\n";
  }
  x += "  <id>" + EscapeXml(base.empty() ? urn : base + "feed.xml") + "</id>\n";
  x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + EscapeXml(base + "feed.xml") + "\"/>\n";
  x += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeXml(base + "index.html") + "\"/>\n";
  x += "  <updated>" + AtomTime(recent.empty() ? "" : DateOf(model, dates, recent.front())) + "</updated>\n";
  // Atom wants an author on the feed when its entries have none.
  x += "  <author><name>" + EscapeXml(title) + "</name></author>\n";
  x += "  <generator>leernet</generator>\n";
  for (size_t i : recent) {
    const Entry& e = model.entries[i];
    const KindSpec* kind = model.schema->FindKind(e.kind);
    std::string url = base + model.UrlOf(i);
    x += "  <entry>\n";
    x += "    <title>" + EscapeXml(e.title) + "</title>\n";
    x += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeXml(url) + "\"/>\n";
    x += "    <id>" + EscapeXml(base.empty() ? urn + ":" + e.kind + ":" + e.slug : url) + "</id>\n";
    x += "    <updated>" + AtomTime(DateOf(model, dates, i)) + "</updated>\n";
    x += "    <category term=\"" + EscapeXml(e.kind) + "\" label=\"" +
         EscapeXml(kind && !kind->label.empty() ? kind->label : e.kind) + "\"/>\n";
    if (!e.summary.empty()) x += "    <summary type=\"text\">" + EscapeXml(e.summary) + "</summary>\n";
    x += "  </entry>\n";
  }
  x += "</feed>\n";
  return x;
}

}  // namespace leernet
