// The Atom feed (RFC 4287) of the most recently changed entries: a pure function of the site
// model and the change dates.
#pragma once

#include <string>
#include <vector>

#include "export/export_settings.h"
#include "site/site_model.h"

namespace leernet {

/// Entries with a known date, newest first; equal dates in model order (kind, then slug).
std::vector<size_t> RecentlyChanged(const SiteModel& model, const ChangeDates& dates, size_t limit);

/// `feed.xml` at the site root. Links are absolute under `base_url`; without it they are relative
/// to the feed (RFC 4287 allows IRI references, resolved against the feed's own address) and
/// ids are `urn:leernet:<site>:<kind>:<slug>`, because an Atom id must be an absolute IRI.
/// Entries without a date are left out.
std::string AtomFeed(const SiteModel& model, const ChangeDates& dates, const ExportSettings& settings);

}  // namespace leernet
