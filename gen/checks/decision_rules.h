#pragma once

#include "checks/practice_rule.h"

namespace sdgen {

/// SD012: the decision says what will be shared with the family.
void CheckFamilyInformation(const RuleInput& input, const PracticeRule& rule,
                            DiagnosticList& diagnostics);

/// SD014: the decision has an outcome, a threshold and a rationale.
void CheckOutcomeExplicit(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics);

/// SD015: the medical and legal-action decisions are written down.
void CheckMedicalAndLegal(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics);

/// SD026: the outcome does not contradict the record: no-further-action with
/// a medical required, a child seen or a criminal investigation; or (format 2)
/// a deferred decision whose threshold is not `undecided`.
void CheckOutcomeMatchesRecord(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics);

}  // namespace sdgen
