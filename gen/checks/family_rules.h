#pragma once

// Rules that make sure the whole family is considered: each child's voice,
// fathers, and other children.

#include "checks/practice_rule.h"

namespace sdgen {

/// SD009: each child's voice is recorded.
void CheckChildVoices(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics);

/// SD010: a father is listed, or a complicating factor, need-to-know item or
/// the other-children decision mentions the father (saying why he is not).
void CheckFatherConsidered(const RuleInput& input, const PracticeRule& rule,
                           DiagnosticList& diagnostics);

/// SD011: other children are considered.
void CheckOtherChildren(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics);

}  // namespace sdgen
