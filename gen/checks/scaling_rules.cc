#include "checks/scaling_rules.h"

namespace sdgen {

void CheckScalingScores(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const Record& record = input.record;
  if (!record.mapping.scaling) return;
  for (const Score& score : record.mapping.scaling->scores) {
    if (score.value.has_value() && *score.value.value > 10)
      ReportRule(rule, score.value.where,
                 "score " + std::to_string(*score.value.value) + " is outside the scale 0 to 10",
                 diagnostics, "scores run from 0 (worst) to 10 (safest)");
    if (score.rationale.IsBlank())
      ReportRule(rule, score.rationale.where, "the score has no rationale", diagnostics,
                 "say in the <score> element why this number was given");
  }
}

}  // namespace sdgen
