#include "checks/mapping_rules.h"

#include "checks/phrase_finder.h"

namespace sdgen {
namespace {

void CheckStatementExists(const std::optional<ChildStatement>& statement, const char* element,
                          const Record& record, const PracticeRule& rule,
                          DiagnosticList& diagnostics) {
  std::string tag = std::string("<") + element + ">";
  if (!statement || statement->text.IsBlank()) {
    ReportRule(rule, record.mapping.where, "the mapping has no " + tag, diagnostics,
               "add " + tag + " with children=\"...\" naming the children it is about");
  } else if (statement->children.children.empty()) {
    ReportRule(rule, statement->text.where, "the " + tag + " names no children", diagnostics,
               "add children=\"...\" with the ids of the children it is about");
  }
}

// The words a statement may use for a child: the known-as name, else the
// first word of the full name.
std::vector<std::string> NamesOf(const Child& child) {
  std::vector<std::string> names;
  if (child.known_as && !child.known_as->IsBlank()) names.push_back(child.known_as->value);
  names.push_back(child.name.value.substr(0, child.name.value.find(' ')));
  return names;
}

bool NamesChild(const std::string& text, const Child& child) {
  for (const std::string& name : NamesOf(child))
    if (HasPhrase(text, {name})) return true;
  return false;
}

void CheckDangerWording(const ChildStatement& danger, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  const std::string& text = danger.text.value;
  if (!HasPhrase(text, {"worr*", "concern*"}))
    ReportRule(rule, danger.text.where, "the danger statement does not say who is worried",
               diagnostics, "start with who is worried, e.g. 'Everyone at the meeting is worried'");
  bool names_child = HasPhrase(text, {"child*", "baby", "babies"});
  for (const Child* child : danger.children.children)
    names_child = names_child || NamesChild(text, *child);
  if (!names_child)
    ReportRule(rule, danger.text.where,
               "the danger statement does not say what the children might experience", diagnostics,
               "name the children and what could happen to them");
  if (!HasPhrase(text, {"if nothing chang*", "if nothing is done", "if nothing is different",
                        "if things do not change", "if things don't change",
                        "if things stay the same", "if this continues", "if it continues",
                        "if this carries on", "unless things change", "unless something changes"}))
    ReportRule(rule, danger.text.where, "the danger statement does not say 'if nothing changes'",
               diagnostics, "say what could happen if nothing changes");
}

void CheckGoalNamesChildren(const ChildStatement& goal, const PracticeRule& rule,
                            DiagnosticList& diagnostics) {
  for (const Child* child : goal.children.children) {
    if (NamesChild(goal.text.value, *child)) continue;
    ReportRule(rule, goal.text.where,
               "the safety goal does not name child '" + child->id + "' in its text", diagnostics,
               "use the name the child is known by, e.g. '" + NamesOf(*child)[0] + "'");
  }
}

}  // namespace

void CheckDangerAndGoalExist(const RuleInput& input, const PracticeRule& rule,
                             DiagnosticList& diagnostics) {
  const Mapping& mapping = input.record.mapping;
  CheckStatementExists(mapping.danger_statement, "danger-statement", input.record, rule,
                       diagnostics);
  CheckStatementExists(mapping.safety_goal, "safety-goal", input.record, rule, diagnostics);
}

void CheckDangerAndGoalWording(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics) {
  const Mapping& mapping = input.record.mapping;
  if (mapping.danger_statement && !mapping.danger_statement->text.IsBlank())
    CheckDangerWording(*mapping.danger_statement, rule, diagnostics);
  if (mapping.safety_goal && !mapping.safety_goal->text.IsBlank())
    CheckGoalNamesChildren(*mapping.safety_goal, rule, diagnostics);
}

void CheckInjuryWithoutMedical(const RuleInput& input, const PracticeRule& rule,
                               DiagnosticList& diagnostics) {
  const std::optional<YesNoDecision>& medical = input.record.decision.medical;
  if (!medical || medical->required.value != false || !medical->reason.IsBlank()) return;
  static const std::vector<std::string_view> kInjuries = {
      "bruis*",       "burn",       "burns",    "burnt",   "scald*", "fractur*",
      "broken bone*", "cut",        "cuts",     "mark",    "marks",  "injur*",
      "wound*",       "bite mark*", "swelling", "swollen", "bleed*"};
  for (const Statement& harm : input.record.mapping.harms) {
    std::string injury = FindPhrase(harm.text.value, kInjuries);
    if (injury.empty()) continue;
    ReportRule(rule, medical->required.where,
               "harm mentions '" + injury +
                   "' but no child protection medical is planned and no reason is recorded",
               diagnostics, "say in <medical> why a medical is not needed, or plan one");
    return;
  }
}

}  // namespace sdgen
