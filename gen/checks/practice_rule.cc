#include "checks/practice_rule.h"

#include "checks/action_rules.h"
#include "checks/scaling_rules.h"

namespace sdgen {

const std::vector<PracticeRule>& PracticeRules() {
  static const std::vector<PracticeRule> kRules = {
      {"SD001", Severity::kError,
       "every action has an owner, a due date-time and a task (who, what, by when)",
       "multi-agency briefing on strategy discussions; audit of strategy discussions",
       CheckActionsAreSmart},
      {"SD007", Severity::kError,
       "scaling scores are whole numbers from 0 to 10, each with a rationale",
       "Signs of Safety guidance on scaling questions", CheckScalingScores},
  };
  return kRules;
}

void RunPracticeRules(const Record& record, DiagnosticList& diagnostics) {
  for (const PracticeRule& rule : PracticeRules()) rule.check(record, rule, diagnostics);
}

void ReportRule(const PracticeRule& rule, SourceLocation where, std::string message,
                DiagnosticList& diagnostics, std::string suggestion) {
  diagnostics.Report(
      {rule.severity, where, rule.id, std::move(message), std::move(suggestion), {}});
}

}  // namespace sdgen
