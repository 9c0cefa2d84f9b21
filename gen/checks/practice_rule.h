#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checks/working_days.h"
#include "diagnostics/diagnostic.h"
#include "record/record.h"

namespace sdgen {

/// The age from which SD025 expects a child to have words and pictures of
/// their own, until the style sets it.
constexpr int kDefaultWordsAndPicturesAge = 4;

/// What a rule reads: the record, the working days its style counts in, and
/// the style's settings that rules use.
struct RuleInput {
  const Record& record;
  const WorkingCalendar& calendar;
  /// SD025: a child this old or older at the meeting has words and pictures.
  int words_and_pictures_age = kDefaultWordsAndPicturesAge;
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
/// The same, with the style's settings in `input`.
void RunPracticeRules(const RuleInput& input, DiagnosticList& diagnostics);

/// Whether an optional text item is absent or only white space.
bool IsMissing(const std::optional<Text>& text);

/// A finding of `rule` at `where` with the rule's own severity, for checks
/// that return their findings rather than report them.
Diagnostic RuleFinding(const PracticeRule& rule, SourceLocation where, std::string message,
                       std::string suggestion = {});

/// Reports a finding of `rule` at `where` with the rule's own severity.
void ReportRule(const PracticeRule& rule, SourceLocation where, std::string message,
                DiagnosticList& diagnostics, std::string suggestion = {});

}  // namespace sdgen
