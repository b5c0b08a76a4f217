// The page "Welk netwerk of welke werkvorm past bij mij?": the kenmerken as
// questions and, for the network types and the practices, the values the
// content gives them on those kenmerken. This module only gathers and checks
// those values; how answers are scored is matcher.js's business, so the page's
// questions and its data script come from one place and hold no answers.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "publish/output_set.h"
#include "render/view_model.h"
#include "site/site_model.h"

namespace leernet {

/// One kenmerk asked as a question; the answer is "a" (pool_a), "b" (pool_b) or
/// none.
struct MatcherQuestion {
  std::string kenmerk; // slug
  std::string title;
  std::string text; // the kenmerk's summary, which explains the two poles
  std::string href; // the kenmerk's page, relative to the site root
  std::string pool_a;
  std::string pool_b;
};

/// Where a type or practice stands on one kenmerk.
struct MatcherValue {
  std::string kenmerk;
  std::string pool;       // "a", "b" or "ab" (both)
  std::string why;        // the content's own explanation, may be empty
  bool editorial = false; // the field is listed in the entry's `redactioneel`
};

struct MatcherCandidate {
  std::string slug;
  std::string title;
  std::string summary;
  std::string href; // relative to the site root
  std::vector<MatcherValue> values;
  std::vector<std::string>
      types; // practices: the network types they suit (slugs)
  bool types_editorial = false;
};

struct MatcherData {
  std::vector<MatcherQuestion>
      questions; // only kenmerken some type or practice has a value for
  std::vector<MatcherCandidate> types;
  std::vector<MatcherCandidate> practices;
};

/// Reads the kenmerk values of network types (their `kenmerken` list) and
/// practices (any field named after a kenmerk, such as `schaal`). A value that
/// is neither pole nor "beide" is an error at its place in the entry.
MatcherData BuildMatcherData(const SiteModel &model, Diagnostics &diags);

/// `window.leernetMatcher = {...};`: loaded with a <script> tag, so it works
/// from file://.
std::string MatcherScript(const MatcherData &data);

/// The kind whose entries carry kenmerk values that other kinds inherit.
inline constexpr const char *kMatcherTypeKind = "netwerktype";

/// Path of the page and of its data script, relative to the site root.
inline constexpr const char *kMatcherPage = "welk-netwerk-past/index.html";
inline constexpr const char *kMatcherScript =
    "welk-netwerk-past/matcher-data.js";

/// Renders the page with the theme's matcher.html and adds it and its data
/// script to `output`.
void RenderMatcherPage(const PageContext &ctx, const MatcherData &data,
                       OutputSet &output,
                       Diagnostics &diags);

} // namespace leernet
