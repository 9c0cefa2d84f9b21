#pragma once

#include "checks/practice_rule.h"

namespace sdgen {

/// SD016: once a record has a sign-off, the chair signs it and every agency
/// present agrees or records a disagreement (no sign-off: an unsigned draft).
void CheckDecisionSheetSigned(const RuleInput& input, const PracticeRule& rule,
                              DiagnosticList& diagnostics);

/// SD020: a disagreement gives its reason and whether escalation started.
void CheckDisagreements(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics);

}  // namespace sdgen
