#include "checks/sign_off_rules.h"

#include <set>

namespace sdgen {
namespace {

void CheckSignature(const Record& record, const PracticeRule& rule, DiagnosticList& diagnostics) {
  const std::optional<Signature>& signature = record.sign_off.signature;
  if (!signature) {
    ReportRule(rule, record.decision.where, "the decision sheet has no chair's signature",
               diagnostics, "add <signature by=\"...\" at=\"...\"/> in <sign-off>");
  } else if (!signature->by.attendee ||
             signature->by.attendee->role.value != AttendeeRole::kChair) {
    ReportRule(rule, signature->by.where,
               "the decision sheet is signed by '" + signature->by.id + "', who is not the chair",
               diagnostics, "the attendee with role=\"chair\" signs");
  }
}

// The agencies that have spoken on the decision: by agreement, disagreement,
// or (for the chair's own agency) the signature.
std::set<std::string> AgenciesSignedOff(const SignOff& sign_off) {
  std::set<std::string> agencies;
  for (const Agreement& agreement : sign_off.agreements)
    if (agreement.by.attendee) agencies.insert(agreement.by.attendee->agency.value);
  for (const Disagreement& disagreement : sign_off.disagreements)
    if (disagreement.by.attendee) agencies.insert(disagreement.by.attendee->agency.value);
  if (sign_off.signature && sign_off.signature->by.attendee)
    agencies.insert(sign_off.signature->by.attendee->agency.value);
  return agencies;
}

}  // namespace

void CheckDecisionSheetSigned(const RuleInput& input, const PracticeRule& rule,
                              DiagnosticList& diagnostics) {
  const Record& record = input.record;
  const SignOff& sign_off = record.sign_off;
  // No sign-off at all is an unsigned draft, which may still be built; once any
  // agency has signed off, the sheet must be complete.
  if (sign_off.agreements.empty() && sign_off.disagreements.empty() && !sign_off.signature) return;
  CheckSignature(record, rule, diagnostics);
  std::set<std::string> done = AgenciesSignedOff(record.sign_off);
  for (const Attendee& attendee : record.attendees) {
    if (attendee.present.value != Presence::kYes) continue;
    // One finding per agency, at its first attendee.
    if (!done.insert(attendee.agency.value).second) continue;
    ReportRule(rule, attendee.where,
               "agency '" + attendee.agency.value +
                   "' took part but neither agreed the decision nor recorded a disagreement",
               diagnostics,
               "add <agreement by=\"" + attendee.id +
                   "\" how=\"in-meeting\" at=\"...\"/> or a "
                   "<disagreement> in <sign-off>");
  }
}

void CheckDisagreements(const RuleInput& input, const PracticeRule& rule,
                        DiagnosticList& diagnostics) {
  for (const Disagreement& disagreement : input.record.sign_off.disagreements) {
    std::string who = "the disagreement by '" + disagreement.by.id + "'";
    if (disagreement.reason.IsBlank())
      ReportRule(rule, disagreement.where, who + " gives no reason", diagnostics,
                 "say in the <disagreement> what is disputed and why");
    if (!disagreement.escalated.has_value())
      ReportRule(rule, disagreement.where,
                 who + " does not say whether the escalation procedure was started", diagnostics,
                 "add escalated=\"yes\" or escalated=\"no\"");
  }
}

}  // namespace sdgen
