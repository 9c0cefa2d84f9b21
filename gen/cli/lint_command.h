#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen lint FILE.txt...`: the plain-language check on any plain text, such
/// as a letter drafted elsewhere, with the same diagnostics as records get.
int RunLintCommand(CommandContext& context);

/// The usage text of `sdgen lint`, for `sdgen help lint`.
extern const char* const kLintUsage;

}  // namespace sdgen::cli
