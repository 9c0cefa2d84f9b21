#include "cli/explain_command.h"

#include "cli/code_explanations.h"

namespace sdgen::cli {

const char* const kExplainUsage =
    "usage: sdgen explain [CODE...]\n"
    "       sdgen explain --markdown\n"
    "\n"
    "Explains a code sdgen prints after a finding, such as RD006, TP012, ST003,\n"
    "PL001, SD004 or OUT007: what it means, why sdgen says it and how to fix it.\n"
    "Without a code, lists every code with its severity and a one-line summary.\n"
    "--markdown prints every explanation as Markdown (docs/codes.md).\n"
    "\n"
    "Exit status: 0 explained, 1 a code is not one sdgen prints, 2 a bad option.\n";

int RunExplainCommand(CommandContext& context) {
  if (context.args.empty()) {
    for (const CodeExplanation& e : CodeExplanations())
      context.out << e.code << std::string(8 - e.code.size(), ' ') << e.title << "\n";
    return kExitOk;
  }
  if (context.args.size() == 1 && context.args[0] == "--markdown") {
    context.out << CodeExplanationsMarkdown();
    return kExitOk;
  }
  int status = kExitOk;
  for (size_t i = 0; i < context.args.size(); ++i) {
    const std::string& code = context.args[i];
    if (!code.empty() && code[0] == '-') {
      context.err << "sdgen explain: unknown option " << code << "\n" << kExplainUsage;
      return kExitUnreadable;
    }
    const CodeExplanation* explanation = FindCodeExplanation(code);
    if (!explanation) {
      context.err << "sdgen explain: '" << code
                  << "' is not a code sdgen prints; see `sdgen explain`\n";
      status = kExitErrors;
      continue;
    }
    if (i > 0) context.out << "\n";
    context.out << FormatExplanation(*explanation);
  }
  return status;
}

}  // namespace sdgen::cli
