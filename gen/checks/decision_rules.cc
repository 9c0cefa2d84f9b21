#include "checks/decision_rules.h"

namespace sdgen {

void CheckFamilyInformation(const RuleInput& input, const PracticeRule& rule,
                            DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  for (const FamilyInformation& told : decision.family_information)
    if (!told.text.IsBlank()) return;
  ReportRule(rule, decision.where, "the decision has no <family-information>", diagnostics,
             "say what will be shared with the family, how and by whom");
}

void CheckOutcomeExplicit(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  if (!decision.outcome.has_value())
    ReportRule(rule, decision.where, "the decision has no outcome", diagnostics,
               "add outcome=\"...\": s47, s17-assessment, police-investigation, referral, "
               "disciplinary, no-further-action or deferred");
  if (!decision.threshold.has_value())
    ReportRule(rule, decision.where, "the decision does not say whether the threshold is met",
               diagnostics, "add threshold=\"met\" or threshold=\"not-met\"");
  if (IsMissing(decision.rationale))
    ReportRule(rule, decision.where, "the decision has no <rationale>", diagnostics,
               "say why this outcome was chosen");
}

void CheckMedicalAndLegal(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  if (!decision.medical)
    ReportRule(rule, decision.where,
               "the decision does not say whether a child protection medical is needed",
               diagnostics, "add <medical required=\"yes\"> or required=\"no\" with the reason");
  if (!decision.legal_action)
    ReportRule(rule, decision.where, "the decision does not say whether legal action is needed",
               diagnostics,
               "add <legal-action required=\"yes\"> or required=\"no\" with the reason");
}

}  // namespace sdgen
