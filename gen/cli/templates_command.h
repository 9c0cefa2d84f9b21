#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen templates check [--style DIR] DIR`: compiles a council's template
/// folder over the defaults and reports every error at once.
int RunTemplatesCommand(CommandContext& context);

}  // namespace sdgen::cli
