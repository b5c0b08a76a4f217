// Live reload for `leernet serve`: the hub that hands the outcome of each rebuild to every open
// Server-Sent Events stream, the browser script, and its injection into served pages.
// Knows neither the HTTP library nor the build.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "base/message.h"

namespace leernet::serve {

inline constexpr std::string_view kEventsPath = "/__leernet/events";
inline constexpr std::string_view kScriptPath = "/__leernet/livereload.js";

/// What the browser should do after a rebuild: "reload", or "error" with the diagnostics.
struct ReloadEvent {
  uint64_t seq = 0;  // 0: nothing has happened since the server started
  std::string type;
  std::string data;
};

/// Holds only the latest event: a page that missed a reload needs one reload, not several.
class EventHub {
 public:
  void Publish(std::string type, std::string data);
  ReloadEvent Latest() const;
  /// The latest event when its seq is above `seen`; waits up to `timeout` for one. nullopt on
  /// timeout or once the hub is closed.
  std::optional<ReloadEvent> WaitNewer(uint64_t seen, std::chrono::milliseconds timeout);
  /// Wakes every waiter for good, so that streams end and the server can stop.
  void Close();
  bool closed() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  ReloadEvent latest_;
  bool closed_ = false;
};

/// One event of a text/event-stream; every line of `data` becomes a `data:` line.
std::string FormatServerSentEvent(std::string_view type, std::string_view data);

/// The browser script: reloads on "reload", shows the diagnostics of "error" in an overlay
/// whose words are in `lang`.
std::string LiveReloadScript(Lang lang = Lang::kNl);

/// The page with a <script> for the live reload before its last </body> (or at its end), unless
/// the page loads the script already (a theme does so under `dev`).
std::string InjectReloadScript(std::string_view html);

/// The page with <base href="/"> at the start of <head>, so that a page written for the site
/// root (404.html) finds its styles when it is served at any other path.
std::string InjectRootBase(std::string_view html);

}  // namespace leernet::serve
