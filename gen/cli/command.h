#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "cli/data_location.h"
#include "diagnostics/diagnostic_renderer.h"

namespace sdgen::cli {

/// Exit statuses shared by every command.
enum ExitStatus { kExitOk = 0, kExitErrors = 1, kExitUnreadable = 2 };

/// What a command gets: its own arguments (after the command name) and where
/// to write. Commands never touch std::cout directly, so tests can run them.
struct CommandContext {
  std::vector<std::string> args;
  std::ostream& out;
  std::ostream& err;
  DiagnosticFormat diagnostic_format = DiagnosticFormat::kText;
  bool err_is_terminal = false;  ///< whether `err` is a terminal (progress lines)
  std::istream* in = nullptr;    ///< standard input, read for the operand `-`
  DataLocation data{};           ///< where the shipped templates and styles are
};

using CommandFunction = int (*)(CommandContext&);

/// One `sdgen` sub-command, listed in commands.cc.
struct Command {
  const char* name;
  const char* summary;  ///< one line for `sdgen --help`
  const char* usage;    ///< full text for `sdgen help NAME`
  CommandFunction run;
};

/// All sub-commands, in the order `sdgen --help` lists them.
const std::vector<Command>& Commands();

/// The sub-command called `name`, or null.
const Command* FindCommand(const std::string& name);

}  // namespace sdgen::cli
