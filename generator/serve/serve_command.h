// The `leernet serve` command: runs a DevServer until SIGINT or SIGTERM.
#pragma once

#include "pipeline.h"
#include "serve/dev_server.h"

namespace leernet {

/// Exit code: 0 after a clean shutdown, 3 when it cannot watch or listen.
int RunServe(const BuildOptions& build, const serve::ServeOptions& serve);

}  // namespace leernet
