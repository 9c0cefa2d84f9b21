#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen sign SHEET.pdf --key CHAIR.p12 [-o SIGNED.pdf]`: the chair's
/// digital signature added to a signed-off decision sheet.
int RunSignCommand(CommandContext& context);

/// The usage text of `sdgen sign`, for `sdgen help sign`.
extern const char* const kSignUsage;

}  // namespace sdgen::cli
