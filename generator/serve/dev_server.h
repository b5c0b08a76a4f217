// `leernet serve`: builds the site into memory, serves it on loopback with live reload, and
// rebuilds it when the content or the theme changes. The only module that knows cpp-httplib;
// it does not touch signals (serve_command.cpp does) so that tests can run it in-process.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "pipeline.h"

namespace leernet::serve {

struct ServeOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;        // 0 picks a free port
  Lang lang = Lang::kNl;  // of the console report, the error page and the error overlay
};

class DevServer {
 public:
  /// `log` gets the build reports and rebuild lines; nullptr keeps it quiet.
  DevServer(BuildOptions build, ServeOptions serve, std::ostream* log);
  ~DevServer();
  DevServer(const DevServer&) = delete;
  DevServer& operator=(const DevServer&) = delete;

  /// Builds the site, starts watching its folders and listening. A build with errors does not
  /// stop it (the editor fixes them while it runs); a folder that cannot be watched or an
  /// address that cannot be bound does: false, with the reason in `error`.
  bool Start(std::string* error);
  /// Ends the event streams, the listener and the watcher; idempotent.
  void Stop();

  int port() const;
  /// "http://127.0.0.1:8080/"
  std::string Url() const;
  /// Builds finished since Start, counting the first one; for tests that wait for a rebuild.
  int builds() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace leernet::serve
