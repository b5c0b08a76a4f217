// Renders every page of the site with the theme's templates into an OutputSet, and copies the
// theme's static assets.
#pragma once

#include "base/diagnostics.h"
#include "publish/output_set.h"
#include "render/view_model.h"

namespace leernet {

/// Adds all pages and theme assets to `output`, rendering entry pages on `jobs` threads.
/// Template problems are reported against the template file.
void RenderSite(const PageContext& ctx, int jobs, OutputSet& output, Diagnostics& diags);

}  // namespace leernet
