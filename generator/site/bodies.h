// Renders the Markdown body of every entry, with links between entries' files turned into
// links between their pages and links to images and attachments into links to their copies.
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
/// `media`: the images and attachments links may point to.
std::vector<RenderedMarkdown> RenderBodies(const std::vector<Entry>& entries, const Schema& schema, Diagnostics& diags,
                                           int jobs = 1, bool allow_raw_html = false,
                                           const std::vector<SourceEntry>& unreadable = {},
                                           const std::vector<MediaFile>& media = {});

/// Reports every link to a place on a page ("pdsa.md#stappen", "#stappen") whose page has no
/// heading with that id. `bodies` is parallel to `entries`.
void CheckAnchors(const std::vector<Entry>& entries, const std::vector<const RenderedMarkdown*>& bodies,
                  Diagnostics& diags);
void CheckAnchors(const std::vector<Entry>& entries, const std::vector<RenderedMarkdown>& bodies, Diagnostics& diags);

}  // namespace leernet
