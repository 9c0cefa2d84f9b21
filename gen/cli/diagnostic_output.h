#pragma once

#include "cli/command.h"
#include "diagnostics/diagnostic.h"

namespace sdgen::cli {

/// Prints diagnostics in the chosen format: text to the error stream with a
/// closing count, JSON and SARIF to the output stream for other programs.
void PrintDiagnostics(DiagnosticList& diagnostics, CommandContext& context);

}  // namespace sdgen::cli
