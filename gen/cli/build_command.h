#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen build [--templates DIR] [--style DIR] -o OUT RECORD.xml…`: renders
/// every document of every record into OUT/<record-id>/<document>.<ext>.
int RunBuildCommand(CommandContext& context);

}  // namespace sdgen::cli
