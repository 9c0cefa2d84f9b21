#include "cli/command.h"

#include "cli/check_command.h"
#include "cli/lint_command.h"
#include "cli/rules_command.h"

namespace sdgen::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"check", "check records against the format and the practice rules",
       "usage: sdgen check [--diagnostics text|json|sarif] [--plain-language] RECORD.xml...\n"
       "\n"
       "Reads each record, reports every problem with its file, line and column,\n"
       "and runs the practice rules (see `sdgen rules`).\n"
       "\n"
       "--plain-language also checks every statement for jargon, acronyms and\n"
       "judgement-laden labels, and family-shared text for reading age\n"
       "(errors in text a family will read; see docs/plain-language.md).\n"
       "\n"
       "Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
       "2 a file could not be read at all (missing, too large, not UTF-8, not XML).\n",
       RunCheckCommand},
      {"lint", "check plain text for jargon, judgement-laden labels and reading age", kLintUsage,
       RunLintCommand},
      {"rules", "list the practice rules and the guidance behind them", kRulesUsage,
       RunRulesCommand},
  };
  return kCommands;
}

}  // namespace sdgen::cli
