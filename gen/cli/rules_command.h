#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen rules [ID...]`: lists the practice rules (id, severity, summary), or
/// for the ids given, each with the guidance it comes from.
int RunRulesCommand(CommandContext& context);

/// The usage text of `sdgen rules`, for `sdgen help rules`.
extern const char* const kRulesUsage;

}  // namespace sdgen::cli
