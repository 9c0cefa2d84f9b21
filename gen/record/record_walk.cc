#include "record/record_walk.h"

namespace sdgen {
namespace {

void Visit(std::string_view path, const std::optional<Text>& text, const TextVisitor& visit) {
  if (text) visit(path, *text);
}

void VisitStatements(std::string_view path, const std::vector<Statement>& statements,
                     const TextVisitor& visit) {
  for (const Statement& statement : statements) visit(path, statement.text);
}

void VisitChildren(const Record& record, const TextVisitor& visit) {
  for (const Child& child : record.children) {
    visit("child.name", child.name);
    Visit("child.known-as", child.known_as, visit);
    Visit("child.gender", child.gender, visit);
    Visit("child.ethnicity", child.ethnicity, visit);
    Visit("child.first-language", child.first_language, visit);
    Visit("child.school-or-setting", child.school_or_setting, visit);
    Visit("child.needs", child.needs, visit);
    Visit("child.voice", child.voice, visit);
  }
  for (const Person& person : record.people) {
    visit("person.name", person.name);
    Visit("person.address", person.address, visit);
  }
  for (const Attendee& attendee : record.attendees) {
    visit("attendee.agency", attendee.agency);
    visit("attendee.name", attendee.name);
    Visit("attendee.job-title", attendee.job_title, visit);
    if (attendee.contact) {
      Visit("attendee.contact.phone", attendee.contact->phone, visit);
      Visit("attendee.contact.email", attendee.contact->email, visit);
    }
  }
}

void VisitMapping(const Mapping& mapping, const TextVisitor& visit) {
  VisitStatements("mapping.harm", mapping.harms, visit);
  VisitStatements("mapping.complicating-factor", mapping.complicating_factors, visit);
  VisitStatements("mapping.strength", mapping.strengths, visit);
  VisitStatements("mapping.safety", mapping.safety, visit);
  VisitStatements("mapping.need-to-know", mapping.need_to_know, visit);
  if (mapping.danger_statement) visit("mapping.danger-statement", mapping.danger_statement->text);
  if (mapping.safety_goal) visit("mapping.safety-goal", mapping.safety_goal->text);
  if (const auto& scaling = mapping.scaling) {
    Visit("scaling.question", scaling->question, visit);
    Visit("scaling.zero-means", scaling->zero_means, visit);
    Visit("scaling.ten-means", scaling->ten_means, visit);
    for (const Score& score : scaling->scores) visit("scaling.score", score.rationale);
    Visit("scaling.one-point-higher", scaling->one_point_higher, visit);
  }
}

void VisitDecision(const Decision& decision, const TextVisitor& visit) {
  Visit("decision.rationale", decision.rationale, visit);
  if (decision.child_seen) Visit("decision.child-seen", decision.child_seen->note, visit);
  if (decision.medical) visit("decision.medical", decision.medical->reason);
  Visit("decision.criminal-investigation", decision.criminal_investigation, visit);
  if (decision.legal_action) visit("decision.legal-action", decision.legal_action->reason);
  Visit("decision.family-information", decision.family_information, visit);
  Visit("decision.other-children", decision.other_children, visit);
  if (decision.lado) Visit("decision.lado", decision.lado->note, visit);
  if (const auto& deferral = decision.deferral) {
    Visit("deferral.reason", deferral->reason, visit);
    Visit("deferral.information-required", deferral->information_required, visit);
    Visit("deferral.interim-safety-plan", deferral->interim_safety_plan, visit);
  }
  Visit("decision.immediate-protection", decision.immediate_protection, visit);
  Visit("decision.discharge-plan", decision.discharge_plan, visit);
}

}  // namespace

void ForEachText(const Record& record, const TextVisitor& visit) {
  visit("local-authority", record.local_authority);
  Visit("meeting.reason", record.meeting.reason, visit);
  Visit("meeting.timing-rationale", record.meeting.timing_rationale, visit);
  Visit("meeting.previous", record.meeting.previous_note, visit);
  VisitChildren(record, visit);
  VisitMapping(record.mapping, visit);
  VisitDecision(record.decision, visit);
  for (const Action& action : record.actions) {
    Visit("action.task", action.task, visit);
    Visit("action.purpose", action.purpose, visit);
  }
  for (const Disagreement& disagreement : record.sign_off.disagreements)
    visit("sign-off.disagreement", disagreement.reason);
}

}  // namespace sdgen
