#include "cli/help_command.h"

#include <algorithm>

#include "cli/man_page.h"
#include "version.h"

namespace sdgen::cli {
namespace {

constexpr const char* kSummary = "check strategy-discussion records and make their documents";

// Lines "  NAME  text", the names padded to one column.
std::string ListLines(const std::vector<std::pair<std::string, std::string>>& entries) {
  size_t width = 0;
  for (const auto& entry : entries) width = std::max(width, entry.first.size());
  std::string lines;
  for (const auto& [name, text] : entries) {
    lines += "  " + name + std::string(width + 2 - name.size(), ' ') + text + "\n";
  }
  return lines;
}

std::string ManPageFor(const Command* command) {
  ManPageSource source;
  source.version = kVersion;
  if (!command) {
    source.name = "sdgen";
    source.summary = kSummary;
    source.help = ToolUsage();
    for (const Command& each : Commands())
      source.see_also.push_back(std::string("sdgen-") + each.name + "(1)");
    return ManPage(source);
  }
  source.name = std::string("sdgen-") + command->name;
  source.summary = command->summary;
  source.help = command->usage;
  source.see_also = {"sdgen(1)"};
  return ManPage(source);
}

}  // namespace

std::string ToolUsage() {
  std::vector<std::pair<std::string, std::string>> commands;
  for (const Command& command : Commands()) commands.emplace_back(command.name, command.summary);
  return "usage: sdgen [--diagnostics text|json|sarif] [--data-dir DIR] COMMAND [ARGS...]\n"
         "\n"
         "Checks strategy-discussion records and makes their documents.\n"
         "\n"
         "commands:\n" +
         ListLines(commands) +
         "\n"
         "options:\n" +
         ListLines({{"--diagnostics FORMAT", "findings as text (the default), json or sarif"},
                    {"--data-dir DIR", "the folder holding the shipped templates/ and styles/"},
                    {"--version", "print the version and where the shipped folders were found"},
                    {"--help", "print this"}}) +
         "\n"
         "environment:\n" +
         ListLines({{"SDGEN_DATA_DIR", "the same folder, when --data-dir is not given"}}) +
         "\n"
         "Without --data-dir or SDGEN_DATA_DIR, sdgen reads its templates and styles\n"
         "from ../share/sdgen beside its own program.\n"
         "`sdgen help COMMAND` tells more; `sdgen --version` prints the version.\n";
}

int RunHelpCommand(CommandContext& context) {
  std::vector<std::string> args = context.args;
  if (args.size() == 1 && args[0] == "--commands") {
    for (const Command& command : Commands()) context.out << command.name << "\n";
    return kExitOk;
  }
  bool man = !args.empty() && args[0] == "--man";
  if (man) args.erase(args.begin());
  if (args.size() > 1) {
    context.err << "sdgen help: give one command\n" << ToolUsage();
    return kExitUnreadable;
  }
  const Command* command = args.empty() ? nullptr : FindCommand(args[0]);
  if (!args.empty() && !command) {
    context.err << "sdgen help: unknown command '" << args[0] << "'\n" << ToolUsage();
    return kExitUnreadable;
  }
  if (man)
    context.out << ManPageFor(command);
  else
    context.out << (command ? command->usage : ToolUsage());
  return kExitOk;
}

}  // namespace sdgen::cli
