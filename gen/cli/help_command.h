#pragma once

// `sdgen --help`, `sdgen help COMMAND` and the man pages made from the same
// text (`sdgen help --man [COMMAND]`), so that a page cannot say something
// the help does not.

#include <string>

#include "cli/command.h"

namespace sdgen::cli {

/// What `sdgen --help` prints: the synopsis, the commands, the global options.
std::string ToolUsage();

/// `sdgen help [COMMAND]`, `sdgen help --man [COMMAND]` (the roff page) and
/// `sdgen help --commands` (the command names, one a line, for completion
/// scripts and the build's man pages). `context.args` follow "help".
int RunHelpCommand(CommandContext& context);

}  // namespace sdgen::cli
