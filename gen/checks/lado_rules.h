#pragma once

// Rules for an allegation against someone who works with children: the Local
// Authority Designated Officer (LADO) must be involved, and told quickly.

#include "checks/practice_rule.h"

namespace sdgen {

/// SD013: the LADO is involved when an alleged person works with children.
void CheckLadoInvolved(const RuleInput& input, const PracticeRule& rule,
                       DiagnosticList& diagnostics);

/// SD019: the LADO is told within 1 working day of `held`.
void CheckLadoInformedInTime(const RuleInput& input, const PracticeRule& rule,
                             DiagnosticList& diagnostics);

}  // namespace sdgen
