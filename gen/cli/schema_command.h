#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen schema`: prints the record format's element table as Markdown.
int RunSchemaCommand(CommandContext& context);

/// The usage text of `sdgen schema`, for `sdgen help schema`.
extern const char* const kSchemaUsage;

}  // namespace sdgen::cli
