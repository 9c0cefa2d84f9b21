#pragma once

// `sdgen templates init DIR`: a council's starter folder. DIR/templates and
// DIR/style are copies of the shipped templates and style, each XML and text
// file opening with a comment that says where the docs are, so a council's
// business-support officer starts from files that already build and check.

#include "cli/command.h"

namespace sdgen::cli {

/// Writes the starter folder named by the first argument. Refuses a folder
/// that exists and is not empty (nothing is overwritten). Exit status: 0
/// written, 1 refused or a file could not be written, 2 a bad argument.
int RunTemplatesInit(CommandContext& context);

}  // namespace sdgen::cli
