#pragma once

#include "checks/practice_rule.h"

namespace sdgen {

/// SD007: every score is a whole number 0-10 with a rationale.
void CheckScalingScores(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics);

}  // namespace sdgen
