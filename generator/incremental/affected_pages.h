// Which entry pages an edit can change: the dependency rules between entry pages, read from
// the site model before and after the edit. Knows the view model's use of other entries
// (titles of references, cards of back-references), not templates.
#pragma once

#include <set>
#include <vector>

#include "site/site_model.h"

namespace leernet::incremental {

/// The entries whose pages may differ between `before` and `after`, two models of the same
/// entry files in the same order, when only the entries in `changed` were edited.
///
/// An entry page shows its own entry, the titles of the entries it refers to, and a card
/// (title, summary, kind) of each entry that refers to it. So an edit reaches the edited entry,
/// every entry it refers to before or after (their back-references), and, when its title
/// changed, every entry that refers to it before or after.
std::set<size_t> AffectedEntries(const SiteModel& before, const SiteModel& after, const std::vector<size_t>& changed);

/// True when the entries in `changed` differ only in their Markdown bodies: then no page but
/// their own shows anything that changed (the search index and exports still do).
bool OnlyBodiesChanged(const SiteModel& before, const SiteModel& after, const std::vector<size_t>& changed);

}  // namespace leernet::incremental
