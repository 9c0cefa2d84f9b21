#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/working_days.h"
#include "diagnostics/diagnostic.h"
#include "record/record.h"

namespace sdgen {

/// What a rule reads: the record, and the working days its style counts in.
struct RuleInput {
  const Record& record;
  const WorkingCalendar& calendar;
};

/// One practice rule (SD001...): stable id, severity, what it asks and where
/// that comes from, and the check itself.
struct PracticeRule {
  const char* id;
  Severity severity;
  const char* summary;   ///< one line, for `sdgen rules`
  const char* guidance;  ///< the practice guidance it comes from
  void (*check)(const RuleInput& input, const PracticeRule& rule, DiagnosticList& diagnostics);
};

/// Every practice rule, in id order.
const std::vector<PracticeRule>& PracticeRules();

/// The rule with this id (exact, e.g. "SD004"), or null.
const PracticeRule* FindPracticeRule(const std::string& id);

/// Runs every practice rule over a well-typed record.
void RunPracticeRules(const Record& record, const WorkingCalendar& calendar,
                      DiagnosticList& diagnostics);


/// Whether an optional text item is absent or only white space.
bool IsMissing(const std::optional<Text>& text);

/// Reports a finding of `rule` at `where` with the rule's own severity.
void ReportRule(const PracticeRule& rule, SourceLocation where, std::string message,
                DiagnosticList& diagnostics, std::string suggestion = {});

}  // namespace sdgen
