#include "checks/decision_rules.h"

#include "record/record_schema.h"

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

void CheckOutcomeMatchesRecord(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics) {
  const Record& record = input.record;
  const Decision& decision = record.decision;
  const RecordSchema& s = RecordSchema::Get();
  if (decision.outcome.value == Outcome::kNoFurtherAction) {
    std::string outcome = std::string("the outcome is ") + ToString(Outcome::kNoFurtherAction);
    std::string choose =
        "choose the outcome the decision describes, or take out what no longer "
        "applies";
    if (decision.medical && decision.medical->required.value.value_or(false))
      ReportRule(rule, decision.medical->required.where,
                 outcome + ", but a child protection medical is required", diagnostics, choose);
    if (decision.child_seen)
      ReportRule(rule, decision.child_seen->where,
                 outcome + ", but <" + s.child_seen.name + "> says who sees the child", diagnostics,
                 choose);
    if (decision.criminal_investigation)
      ReportRule(rule, decision.criminal_investigation->where,
                 outcome + ", but a <" + s.criminal_investigation.name + "> is recorded",
                 diagnostics, choose);
  }
  // Format 1 has no `undecided`, so a deferred format-1 decision says met or not met.
  const auto& threshold = decision.threshold.value;
  if (record.format >= 2 && decision.outcome.value == Outcome::kDeferred && threshold &&
      *threshold != Threshold::kUndecided)
    ReportRule(rule, decision.threshold.where,
               std::string("the decision is deferred, but its threshold is '") +
                   ToString(*threshold) + "'",
               diagnostics,
               "write " + s.threshold.name + "=\"" + ToString(Threshold::kUndecided) +
                   "\": a deferred decision has not decided it yet");
}

}  // namespace sdgen
