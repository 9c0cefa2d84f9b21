#pragma once

// Rules about time: hours are measured between instants, so a span across a
// clock change counts the hours that really passed.

#include "checks/practice_rule.h"

namespace sdgen {

/// SD002: a deferral gives its reason, the information needed, a reconvene
/// time within 72 hours of `held`, and an interim plan for seeing the child.
void CheckDeferral(const RuleInput& input, const PracticeRule& rule, DiagnosticList& diagnostics);

/// SD003: a s47 decision says who sees the child; with harm substantiated,
/// within 24 hours of `held`.
void CheckChildSeenInTime(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics);

/// SD006: the MASH enquiry finished within its RAG window and the timing of
/// the discussion is explained.
void CheckMashTimeliness(const RuleInput& input, const PracticeRule& rule,
                         DiagnosticList& diagnostics);

}  // namespace sdgen
