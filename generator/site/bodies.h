// Renders the Markdown body of every entry, with links between entries' files turned into
// links between their pages.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "load/content_loader.h"
#include "markdown/markdown.h"
#include "schema/schema.h"
#include "validate/entry.h"

namespace leernet {

/// One result per entry, in the same order. `allow_raw_html` passes raw HTML through.
/// Runs on `jobs` threads; the result and the order of diagnostics do not depend on it.
/// `unreadable`: entry files that failed to load; links to them are not reported again.
std::vector<RenderedMarkdown> RenderBodies(const std::vector<Entry>& entries, const Schema& schema, Diagnostics& diags,
                                           int jobs = 1, bool allow_raw_html = false,
                                           const std::vector<SourceEntry>& unreadable = {});

}  // namespace leernet
