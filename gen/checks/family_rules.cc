#include "checks/family_rules.h"

#include "checks/phrase_finder.h"

namespace sdgen {
namespace {

bool MentionsFather(const std::string& text) {
  return HasPhrase(text, {"father*", "dad", "dads", "daddy", "paternal"});
}

// Where a record explains an absent father: the worries and unknowns, and the
// decision about other children. Harm is left out on purpose: harm by "dad"
// is a reason to list him, not a reason he is missing.
bool ExplainsAbsentFather(const Record& record) {
  for (const Statement& item : record.mapping.complicating_factors)
    if (MentionsFather(item.text.value)) return true;
  for (const Statement& item : record.mapping.need_to_know)
    if (MentionsFather(item.text.value)) return true;
  return record.decision.other_children && MentionsFather(record.decision.other_children->value);
}

}  // namespace

void CheckChildVoices(const RuleInput& input, const PracticeRule& rule,
                      DiagnosticList& diagnostics) {
  for (const Child& child : input.record.children) {
    if (!IsMissing(child.voice)) continue;
    ReportRule(rule, child.where, "child '" + child.id + "' has no <voice>", diagnostics,
               "record what the child has said, or how and when their views will be sought");
  }
}

void CheckFatherConsidered(const RuleInput& input, const PracticeRule& rule,
                           DiagnosticList& diagnostics) {
  const Record& record = input.record;
  for (const Person& person : record.people)
    if (person.relationship.value == Relationship::kFather) return;
  if (ExplainsAbsentFather(record)) return;
  ReportRule(rule, record.where, "no father is listed in <people> and the record does not say why",
             diagnostics,
             "add the father as <person relationship=\"father\">, or say in a "
             "<complicating-factor> or <need-to-know> item why he is not");
}

void CheckOtherChildren(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  if (!IsMissing(decision.other_children)) return;
  ReportRule(rule, decision.where, "the decision does not consider other children", diagnostics,
             "add <other-children> naming siblings and other children in contact, or saying "
             "there are none");
}

}  // namespace sdgen
