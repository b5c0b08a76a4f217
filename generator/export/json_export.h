// `export/kennisbank.json`: the whole knowledge base as one JSON document for reuse elsewhere
// (analysis, other sites). A pure function of the site model; keys in a fixed order.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "export/export_settings.h"
#include "site/site_model.h"

namespace leernet {

/// {"site": {...}, "kinds": [...], "entries": [{"kind", "slug", "url", "title", "summary",
///  "updated"?, "source", "fields": {...}, "refs": [...], "backrefs": [...], "body"}]}.
/// Field values keep their type: int and year as numbers, bool as true/false, lists as arrays,
/// objects as objects in schema order; a reference is {"kind", "slug", "title", "url"}.
/// `refs` and `backrefs` group the references by field: [{"field", "label", "kind"?, "entries"}].
std::string KennisbankJson(const SiteModel& model, const ChangeDates& dates, int jobs = 1);

/// The same text handed to `put` in pieces, so that the document is never held whole: at
/// 10,000 entries it is over 100 MB. The entries are written on `jobs` threads (0: one per
/// core) a batch at a time; the text does not depend on the number.
void WriteKennisbankJson(const SiteModel& model, const ChangeDates& dates, int jobs,
                         const std::function<void(std::string_view)>& put);

}  // namespace leernet
