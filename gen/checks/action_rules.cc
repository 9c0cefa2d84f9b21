#include "checks/action_rules.h"

namespace sdgen {

void CheckActionsAreSmart(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics) {
  const Record& record = input.record;
  bool no_further_action = record.decision.outcome.value == Outcome::kNoFurtherAction;
  if (record.actions.empty() && !no_further_action) {
    ReportRule(rule, record.decision.where, "the record has no actions", diagnostics,
               "add <actions> with at least one <action owner=\"...\" due=\"...\">");
  }
  for (const Action& action : record.actions) {
    std::string name = "action '" + action.id + "'";
    if (action.owner.id.empty())
      ReportRule(rule, action.where, name + " has no owner", diagnostics,
                 "add owner=\"...\" naming the attendee or person who will do it");
    if (!action.due.has_value())
      ReportRule(rule, action.where, name + " has no due date-time", diagnostics,
                 "add due=\"2026-11-21T17:00:00+00:00\" (with the offset)");
    if (!action.task || action.task->IsBlank())
      ReportRule(rule, action.where, name + " has no task", diagnostics,
                 "add <task> saying what will be done");
  }
}

}  // namespace sdgen
