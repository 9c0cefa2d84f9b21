// sdgen: checks strategy-discussion records and makes their documents.
// main() only finds the command, the global options and the shipped data;
// commands do the work.

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "cli/help_command.h"
#include "version.h"

namespace sdgen::cli {
namespace {

// Takes `NAME VALUE` (or `NAME=VALUE`) out of the arguments, wherever it is;
// the last one given wins. `what` says what the value is, for the error.
bool TakeGlobalOption(std::vector<std::string>& args, const std::string& name, const char* what,
                      std::string& value, std::string& error) {
  for (size_t i = 0; i < args.size(); ++i) {
    size_t taken = 0;
    if (args[i] == name && i + 1 < args.size()) {
      value = args[i + 1];
      taken = 2;
    } else if (args[i].rfind(name + "=", 0) == 0) {
      value = args[i].substr(name.size() + 1);
      taken = 1;
    } else if (args[i] == name) {
      value.clear();
      taken = 1;
    }
    if (taken == 0) continue;
    if (value.empty()) {
      error = name + " needs " + what;
      return false;
    }
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i + taken));
    --i;
  }
  return true;
}

bool ReadDiagnosticFormat(const std::string& value, DiagnosticFormat& format, std::string& error) {
  if (value.empty() || value == "text")
    format = DiagnosticFormat::kText;
  else if (value == "json")
    format = DiagnosticFormat::kJson;
  else if (value == "sarif")
    format = DiagnosticFormat::kSarif;
  else {
    error = "unknown diagnostics format '" + value + "'; use text, json or sarif";
    return false;
  }
  return true;
}

void PrintVersion(const DataLocation& data, std::ostream& out) {
  out << "sdgen " << kVersion << "\n";
  if (data.found())
    out << "data: " << data.folder() << " (" << data.how() << ")\n";
  else
    out << "data: not found: " << data.problem() << "\n";
}

int Run(std::vector<std::string> args) {
  CommandContext context{{}, std::cout, std::cerr};
  context.err_is_terminal = ::isatty(STDERR_FILENO) == 1;
  context.in = &std::cin;
  std::string error, format, data_folder;
  if (!TakeGlobalOption(args, "--diagnostics", "a format: text, json or sarif", format, error) ||
      !ReadDiagnosticFormat(format, context.diagnostic_format, error) ||
      !TakeGlobalOption(args, "--data-dir", "a folder", data_folder, error)) {
    std::cerr << "sdgen: " << error << "\n";
    return kExitUnreadable;
  }
  context.data = DataLocation::Find(data_folder, std::getenv("SDGEN_DATA_DIR"),
                                    DataLocation::RunningProgram());
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? std::cerr : std::cout) << ToolUsage();
    return args.empty() ? kExitUnreadable : kExitOk;
  }
  if (args[0] == "--version") {
    PrintVersion(context.data, std::cout);
    return kExitOk;
  }
  context.args.assign(args.begin() + 1, args.end());
  if (args[0] == "help") return RunHelpCommand(context);
  const Command* command = FindCommand(args[0]);
  if (!command) {
    std::cerr << "sdgen: unknown command '" << args[0] << "'; see `sdgen --help`\n";
    return kExitUnreadable;
  }
  for (const std::string& arg : context.args) {
    if (arg == "--help" || arg == "-h") {
      std::cout << command->usage;
      return kExitOk;
    }
  }
  return command->run(context);
}

}  // namespace
}  // namespace sdgen::cli

int main(int argc, char** argv) {
  return sdgen::cli::Run(std::vector<std::string>(argv + 1, argv + argc));
}
