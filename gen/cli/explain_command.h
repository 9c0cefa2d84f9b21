#pragma once

#include "cli/command.h"

namespace sdgen::cli {

/// `sdgen explain [CODE...]`: lists every code sdgen prints, or explains the
/// ones given (what each means, why, how to fix it); `--markdown` prints
/// docs/codes.md.
int RunExplainCommand(CommandContext& context);

/// The usage text of `sdgen explain`, for `sdgen help explain`.
extern const char* const kExplainUsage;

}  // namespace sdgen::cli
