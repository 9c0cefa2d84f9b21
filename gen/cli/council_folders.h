#pragma once

// A council customises sdgen with folders overlaid on the shipped ones
// (`--templates`, `--style`). A folder that is not there is an error: a typo
// in a scheduled job must not quietly build with the shipped defaults.

#include <string>
#include <vector>

#include "cli/command_options.h"
#include "cli/data_location.h"

namespace sdgen::cli {

/// The folders a run reads templates and the style from, highest priority
/// first and the shipped folder last.
struct CouncilFolders {
  std::vector<std::string> templates;
  std::vector<std::string> style;

  /// The council's own style folder (its dictionary and accept list), or
  /// empty when only the shipped style is used.
  std::string council_style() const { return style.size() > 1 ? style.front() : std::string(); }
  /// The shipped style folder (always last).
  const std::string& shipped_style() const { return style.back(); }
};

/// Why `path` cannot be used as a folder ("'x' does not exist", "'x' is not a
/// folder"), or empty when it can.
std::string FolderProblem(const std::string& path);

/// Reads `--templates` and `--style` (each may be given more than once) from
/// `options` and adds the shipped folders from `data`. False with `error` set,
/// naming the command and the option, when a folder given cannot be used or
/// the shipped folders were not found.
bool ReadCouncilFolders(const std::string& command, const CommandOptions& options,
                        const DataLocation& data, CouncilFolders& folders, std::string& error);

}  // namespace sdgen::cli
