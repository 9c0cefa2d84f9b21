// sdgen: checks strategy-discussion records and makes their documents.
// main() only finds the command and the global options; commands do the work.

#include <iostream>
#include <string>

#include <unistd.h>

#include "cli/command.h"
#include "version.h"

namespace sdgen::cli {
namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: sdgen [--diagnostics text|json|sarif] COMMAND [ARGS...]\n\n"
         "Checks strategy-discussion records and makes their documents.\n\ncommands:\n";
  for (const Command& command : Commands()) {
    std::string name = command.name;
    out << "  " << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ')
        << command.summary << "\n";
  }
  out << "\n`sdgen help COMMAND` tells more; `sdgen --version` prints the version.\n";
}

const Command* FindCommand(const std::string& name) {
  for (const Command& command : Commands()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

// Takes `--diagnostics FORMAT` (or `--diagnostics=FORMAT`) out of the arguments.
bool ExtractDiagnosticFormat(std::vector<std::string>& args, DiagnosticFormat& format,
                             std::string& error) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string value;
    size_t taken = 0;
    if (args[i] == "--diagnostics" && i + 1 < args.size()) {
      value = args[i + 1];
      taken = 2;
    } else if (args[i].rfind("--diagnostics=", 0) == 0) {
      value = args[i].substr(14);
      taken = 1;
    } else if (args[i] == "--diagnostics") {
      error = "--diagnostics needs a format: text, json or sarif";
      return false;
    }
    if (taken == 0) continue;
    if (value == "text") format = DiagnosticFormat::kText;
    else if (value == "json") format = DiagnosticFormat::kJson;
    else if (value == "sarif") format = DiagnosticFormat::kSarif;
    else {
      error = "unknown diagnostics format '" + value + "'; use text, json or sarif";
      return false;
    }
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i + taken));
    --i;
  }
  return true;
}

int Run(std::vector<std::string> args) {
  CommandContext context{{}, std::cout, std::cerr};
  context.err_is_terminal = ::isatty(STDERR_FILENO) == 1;
  std::string error;
  if (!ExtractDiagnosticFormat(args, context.diagnostic_format, error)) {
    std::cerr << "sdgen: " << error << "\n";
    return kExitUnreadable;
  }
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    PrintUsage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? kExitUnreadable : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "sdgen " << kVersion << "\n";
    return kExitOk;
  }
  if (args[0] == "help") {
    const Command* command = args.size() > 1 ? FindCommand(args[1]) : nullptr;
    if (!command) {
      PrintUsage(args.size() > 1 ? std::cerr : std::cout);
      return args.size() > 1 ? kExitUnreadable : kExitOk;
    }
    std::cout << command->usage;
    return kExitOk;
  }
  const Command* command = FindCommand(args[0]);
  if (!command) {
    std::cerr << "sdgen: unknown command '" << args[0] << "'; see `sdgen --help`\n";
    return kExitUnreadable;
  }
  context.args.assign(args.begin() + 1, args.end());
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
