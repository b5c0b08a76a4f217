// What the export files (feed, sitemap, JSON, CSV) need besides the site model: the site's public
// address, if it has one, and when each entry last changed.
#pragma once

#include <map>
#include <string>

namespace leernet {

/// Entry file (Entry::rel_path, "netwerken/level.md") -> last change as "YYYY-MM-DD".
using ChangeDates = std::map<std::string, std::string>;

struct ExportSettings {
  /// `base_url` of site.yaml, such as "https://kennisbank.example.nl/"; empty when not set.
  /// Pages never use it; only the feed and the sitemap, whose formats want absolute addresses.
  std::string base_url;
  size_t feed_entries = 50;
};

/// `base_url` with exactly one trailing '/', or "" for "".
std::string NormalizedBaseUrl(const std::string& base_url);

}  // namespace leernet
