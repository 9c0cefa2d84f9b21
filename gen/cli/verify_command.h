#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen verify RECORD.xml SHEET.pdf`: whether a signed decision sheet was
/// made from exactly this record.
int RunVerifyCommand(CommandContext& context);

}  // namespace sdgen::cli
