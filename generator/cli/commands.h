// Printing of a run's diagnostics, shared by the commands: the one place where they are printed.
#pragma once

#include <ostream>
#include <string>

#include "pipeline.h"

namespace leernet {

/// Every diagnostic, sorted, with excerpt and caret, then nothing else.
void PrintDiagnostics(const BuildResult& result, std::ostream& out, Lang lang);

/// {"errors": N, "warnings": N, "diagnostics": [{"path", "line", "column", "severity", "message"}]}
std::string DiagnosticsJson(const BuildResult& result, Lang lang);

}  // namespace leernet
