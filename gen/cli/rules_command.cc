// `sdgen rules`: the practice-rule table as the checker runs it, so what is
// listed cannot drift from what is checked. docs/rules.md has the examples.

#include "cli/rules_command.h"

#include <cctype>

#include "checks/practice_rule.h"
#include "cli/code_explanations.h"
#include "cli/command_options.h"

namespace sdgen::cli {

const char* const kRulesUsage =
    "usage: sdgen rules [ID...]\n"
    "\n"
    "Lists the practice rules `sdgen check` runs: id, severity and what each asks.\n"
    "With ids (e.g. `sdgen rules SD004`), shows those rules with the guidance they\n"
    "come from. docs/rules.md explains each with a bad and a good example.\n"
    "Any other code sdgen prints (RD006, TP012, ST003, PL001, OUT007...) is\n"
    "explained as `sdgen explain CODE` does.\n"
    "\n"
    "Exit status: 0 listed, 1 an id is not a code sdgen prints, 2 an unknown option.\n";

namespace {

void ListRule(const PracticeRule& rule, std::ostream& out) {
  out << rule.id << "  " << (rule.severity == Severity::kError ? "error  " : "warning") << "  "
      << rule.summary << "\n";
}

std::string Uppercase(std::string id) {
  for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return id;
}

}  // namespace

int RunRulesCommand(CommandContext& context) {
  CommandOptions options;
  std::string error;
  if (!options.Parse("rules", {}, context.args, error)) {
    context.err << error << "\n" << kRulesUsage;
    return kExitUnreadable;
  }
  if (options.operands().empty()) {
    for (const PracticeRule& rule : PracticeRules()) ListRule(rule, context.out);
    return kExitOk;
  }
  int status = kExitOk;
  for (const std::string& id : options.operands()) {
    const PracticeRule* rule = FindPracticeRule(Uppercase(id));
    const CodeExplanation* other = rule ? nullptr : FindCodeExplanation(id);
    if (other) {
      context.out << FormatExplanation(*other);
      continue;
    }
    if (!rule) {
      context.err << "sdgen rules: '" << id << "' is not a practice rule; see `sdgen rules`\n";
      status = kExitErrors;
      continue;
    }
    ListRule(*rule, context.out);
    context.out << "  guidance: " << rule->guidance << "\n";
  }
  return status;
}

}  // namespace sdgen::cli
