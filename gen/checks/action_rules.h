#pragma once

#include "checks/practice_rule.h"

namespace sdgen {

/// SD001: each action says who does what by when; a record has actions
/// unless nothing further is to be done.
void CheckActionsAreSmart(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics);

}  // namespace sdgen
