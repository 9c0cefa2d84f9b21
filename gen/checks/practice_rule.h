#pragma once

#include <vector>

#include "diagnostics/diagnostic.h"
#include "record/record.h"

namespace sdgen {

/// One practice rule (SD001...): stable id, severity, what it asks and where
/// that comes from, and the check itself.
struct PracticeRule {
  const char* id;
  Severity severity;
  const char* summary;   ///< one line, for `sdgen rules`
  const char* guidance;  ///< the practice guidance it comes from
  void (*check)(const Record& record, const PracticeRule& rule, DiagnosticList& diagnostics);
};

/// Every practice rule, in id order.
const std::vector<PracticeRule>& PracticeRules();

/// Runs every practice rule over a well-typed record.
void RunPracticeRules(const Record& record, DiagnosticList& diagnostics);

/// Reports a finding of `rule` at `where` with the rule's own severity.
void ReportRule(const PracticeRule& rule, SourceLocation where, std::string message,
                DiagnosticList& diagnostics, std::string suggestion = {});

}  // namespace sdgen
