#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen check RECORD.xml...`: reads each record and runs every check.
int RunCheckCommand(CommandContext& context);

}  // namespace sdgen::cli
