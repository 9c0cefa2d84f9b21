#pragma once

// Rules on the Signs of Safety mapping. SD017 and SD018 read free text with
// small phrase lists (docs/rules.md lists them); they warn, never block.

#include "checks/practice_rule.h"

namespace sdgen {

/// SD008: a danger statement and a safety goal exist, each naming the children.
void CheckDangerAndGoalExist(const RuleInput& input, const PracticeRule& rule,
                             DiagnosticList& diagnostics);

/// SD017: the danger statement says who is worried, what the children might
/// experience and "if nothing changes"; the safety goal names the children.
void CheckDangerAndGoalWording(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics);

/// SD018: an injury described in harm with no medical planned needs a reason.
void CheckInjuryWithoutMedical(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics);

}  // namespace sdgen
