#include "checks/lado_rules.h"

namespace sdgen {
namespace {

const Person* AllegedWorkerWithChildren(const Record& record) {
  for (const Person& person : record.people)
    if (person.alleged && person.works_with_children) return &person;
  return nullptr;
}

}  // namespace

void CheckLadoInvolved(const RuleInput& input, const PracticeRule& rule,
                       DiagnosticList& diagnostics) {
  const Person* person = AllegedWorkerWithChildren(input.record);
  if (!person) return;
  const std::optional<LadoInvolvement>& lado = input.record.decision.lado;
  std::string who = "person '" + person->id + "' is alleged and works with children";
  if (!lado)
    ReportRule(rule, person->where, who + ", but the decision has no <lado>", diagnostics,
               "add <lado involved=\"yes\" informed=\"...\"> to the decision");
  else if (lado->involved.value == false)
    ReportRule(rule, lado->involved.where, "the LADO is not involved, but " + who, diagnostics,
               "involve the LADO: involved=\"yes\" with when they were informed");
}

void CheckLadoInformedInTime(const RuleInput& input, const PracticeRule& rule,
                             DiagnosticList& diagnostics) {
  const Record& record = input.record;
  const std::optional<LadoInvolvement>& lado = record.decision.lado;
  if (!AllegedWorkerWithChildren(record) || !lado || lado->involved.value != true) return;
  if (!lado->informed.has_value()) {
    ReportRule(rule, lado->where, "the record does not say when the LADO was told", diagnostics,
               "add informed=\"...\" with the date-time the LADO was told");
    return;
  }
  if (!record.meeting.held.has_value()) return;
  Date latest = input.calendar.AddWorkingDays(record.meeting.held.value->LocalDate(), 1);
  Date told = lado->informed.value->LocalDate();
  if (!(latest < told)) return;
  ReportRule(rule, lado->informed.where,
             "the LADO was told on " + told.Iso() +
                 ", more than 1 working day after the discussion (by " + latest.Iso() + ")",
             diagnostics, "tell the LADO by the end of the next working day");
}

}  // namespace sdgen
