#include "record/record_walk.h"

namespace sdgen {
namespace {

// Walks the record in document order, calling `visit` for statements always
// and for labels only when `labels` is set.
struct TextWalk {
  const TextVisitor& visit;
  bool labels;

  void Statement(std::string_view path, const Text& text) const { visit(path, text); }
  void Statement(std::string_view path, const std::optional<Text>& text) const {
    if (text) visit(path, *text);
  }
  void Label(std::string_view path, const Text& text) const {
    if (labels) visit(path, text);
  }
  void Label(std::string_view path, const std::optional<Text>& text) const {
    if (labels && text) visit(path, *text);
  }
};

void VisitStatements(std::string_view path, const std::vector<Statement>& statements,
                     const TextWalk& walk) {
  for (const Statement& statement : statements) walk.Statement(path, statement.text);
}

void VisitPeople(const Record& record, const TextWalk& walk) {
  for (const Child& child : record.children) {
    walk.Label("child.name", child.name);
    walk.Label("child.known-as", child.known_as);
    walk.Label("child.gender", child.gender);
    walk.Label("child.ethnicity", child.ethnicity);
    walk.Label("child.first-language", child.first_language);
    walk.Label("child.school-or-setting", child.school_or_setting);
    walk.Statement("child.needs", child.needs);
    walk.Statement("child.voice", child.voice);
  }
  for (const Person& person : record.people) {
    walk.Label("person.name", person.name);
    walk.Label("person.address", person.address);
  }
  for (const Attendee& attendee : record.attendees) {
    walk.Label("attendee.agency", attendee.agency);
    walk.Label("attendee.name", attendee.name);
    walk.Label("attendee.job-title", attendee.job_title);
    if (attendee.contact) {
      walk.Label("attendee.contact.phone", attendee.contact->phone);
      walk.Label("attendee.contact.email", attendee.contact->email);
    }
  }
}

void VisitMapping(const Mapping& mapping, const TextWalk& walk) {
  VisitStatements("mapping.harm", mapping.harms, walk);
  VisitStatements("mapping.complicating-factor", mapping.complicating_factors, walk);
  VisitStatements("mapping.strength", mapping.strengths, walk);
  VisitStatements("mapping.safety", mapping.safety, walk);
  VisitStatements("mapping.need-to-know", mapping.need_to_know, walk);
  if (mapping.danger_statement)
    walk.Statement("mapping.danger-statement", mapping.danger_statement->text);
  if (mapping.safety_goal) walk.Statement("mapping.safety-goal", mapping.safety_goal->text);
  if (const auto& scaling = mapping.scaling) {
    walk.Statement("scaling.question", scaling->question);
    walk.Statement("scaling.zero-means", scaling->zero_means);
    walk.Statement("scaling.ten-means", scaling->ten_means);
    for (const Score& score : scaling->scores) walk.Statement("scaling.score", score.rationale);
    walk.Statement("scaling.one-point-higher", scaling->one_point_higher);
  }
}

void VisitDecision(const Decision& decision, const TextWalk& walk) {
  walk.Statement("decision.rationale", decision.rationale);
  if (decision.child_seen) walk.Statement("decision.child-seen", decision.child_seen->note);
  if (decision.medical) walk.Statement("decision.medical", decision.medical->reason);
  walk.Statement("decision.criminal-investigation", decision.criminal_investigation);
  if (decision.legal_action) walk.Statement("decision.legal-action", decision.legal_action->reason);
  walk.Statement("decision.family-information", decision.family_information);
  walk.Statement("decision.other-children", decision.other_children);
  if (decision.lado) walk.Statement("decision.lado", decision.lado->note);
  if (const auto& deferral = decision.deferral) {
    walk.Statement("deferral.reason", deferral->reason);
    walk.Statement("deferral.information-required", deferral->information_required);
    walk.Statement("deferral.interim-safety-plan", deferral->interim_safety_plan);
  }
  walk.Statement("decision.immediate-protection", decision.immediate_protection);
  walk.Statement("decision.discharge-plan", decision.discharge_plan);
}

void Walk(const Record& record, const TextWalk& walk) {
  walk.Label("local-authority", record.local_authority);
  walk.Statement("meeting.reason", record.meeting.reason);
  walk.Statement("meeting.timing-rationale", record.meeting.timing_rationale);
  walk.Statement("meeting.previous", record.meeting.previous_note);
  VisitPeople(record, walk);
  VisitMapping(record.mapping, walk);
  VisitDecision(record.decision, walk);
  for (const Action& action : record.actions) {
    walk.Statement("action.task", action.task);
    walk.Statement("action.purpose", action.purpose);
  }
  for (const Disagreement& disagreement : record.sign_off.disagreements)
    walk.Statement("sign-off.disagreement", disagreement.reason);
}

}  // namespace

void ForEachText(const Record& record, const TextVisitor& visit) { Walk(record, {visit, true}); }

void ForEachStatement(const Record& record, const TextVisitor& visit) {
  Walk(record, {visit, false});
}

}  // namespace sdgen
