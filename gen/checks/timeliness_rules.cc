#include "checks/timeliness_rules.h"

#include "checks/phrase_finder.h"

namespace sdgen {
namespace {

constexpr int64_t kSecondsPerHour = 3600;

// The time from `from` to `to` in words: "73 hours", "4 hours 30 minutes".
std::string Span(const DateTime& from, const DateTime& to) {
  int64_t minutes = (to.utc_seconds - from.utc_seconds) / 60;
  std::string text = std::to_string(minutes / 60) + " hours";
  if (minutes % 60 != 0) text += " " + std::to_string(minutes % 60) + " minutes";
  return text;
}

bool Exceeds(const DateTime& from, const DateTime& to, int hours) {
  return to.utc_seconds - from.utc_seconds > hours * kSecondsPerHour;
}

void CheckReconvene(const Deferral& deferral, const Field<DateTime>& held, const PracticeRule& rule,
                    DiagnosticList& diagnostics) {
  if (!deferral.reconvene.has_value()) {
    ReportRule(rule, deferral.where, "the deferral has no <reconvene> date-time", diagnostics,
               "add <reconvene> within 72 hours of <held>");
    return;
  }
  if (!held.has_value() || !Exceeds(*held.value, *deferral.reconvene.value, 72)) return;
  DateTime latest = *held.value;
  latest.utc_seconds += 72 * kSecondsPerHour;
  ReportRule(rule, deferral.reconvene.where,
             "reconvene '" + deferral.reconvene.value->Iso() + "' is " +
                 Span(*held.value, *deferral.reconvene.value) +
                 " after the discussion; a deferral reconvenes within 72 hours",
             diagnostics, "reconvene by '" + latest.Iso() + "'");
}

void CheckInterimPlan(const Deferral& deferral, const PracticeRule& rule,
                      DiagnosticList& diagnostics) {
  if (IsMissing(deferral.interim_safety_plan)) {
    ReportRule(rule, deferral.where, "the deferral has no <interim-safety-plan>", diagnostics,
               "say how the children are kept safe and when they are seen until the discussion "
               "reconvenes");
    return;
  }
  // The plan must say when the child is seen: look for seeing or visiting.
  if (!HasPhrase(deferral.interim_safety_plan->value, {"see", "seen", "sees", "visit*"}))
    ReportRule(rule, deferral.interim_safety_plan->where,
               "the interim safety plan does not say when the child is seen", diagnostics,
               "add who will see the child and when, e.g. 'the social worker will see Amira at "
               "home at 5pm today'");
}

}  // namespace

void CheckDeferral(const RuleInput& input, const PracticeRule& rule, DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  if (decision.outcome.value != Outcome::kDeferred) return;
  if (!decision.deferral) {
    ReportRule(rule, decision.where, "the decision is deferred but has no <deferral>", diagnostics,
               "add <deferral> with <reason>, <information-required>, <reconvene> and "
               "<interim-safety-plan>");
    return;
  }
  const Deferral& deferral = *decision.deferral;
  if (IsMissing(deferral.reason))
    ReportRule(rule, deferral.where, "the deferral has no <reason>", diagnostics,
               "say why the decision cannot be made today");
  if (IsMissing(deferral.information_required))
    ReportRule(rule, deferral.where, "the deferral has no <information-required>", diagnostics,
               "say what information is needed before the decision can be made");
  CheckReconvene(deferral, input.record.meeting.held, rule, diagnostics);
  CheckInterimPlan(deferral, rule, diagnostics);
}

void CheckChildSeenInTime(const RuleInput& input, const PracticeRule& rule,
                          DiagnosticList& diagnostics) {
  const Decision& decision = input.record.decision;
  if (decision.outcome.value != Outcome::kS47) return;
  if (!decision.child_seen) {
    ReportRule(rule, decision.where, "the s47 decision does not say who sees the child and when",
               diagnostics, "add <child-seen by=\"...\" at=\"...\"/>");
    return;
  }
  const Field<DateTime>& held = input.record.meeting.held;
  const Field<DateTime>& seen = decision.child_seen->at;
  if (decision.harm_substantiated.value != true || !held.has_value() || !seen.has_value()) return;
  if (!Exceeds(*held.value, *seen.value, 24)) return;
  ReportRule(rule, seen.where,
             "the child is seen " + Span(*held.value, *seen.value) +
                 " after the discussion; with harm substantiated, within 24 hours",
             diagnostics, "plan to see the child within 24 hours of <held>");
}

void CheckMashTimeliness(const RuleInput& input, const PracticeRule& rule,
                         DiagnosticList& diagnostics) {
  const Meeting& meeting = input.record.meeting;
  if (IsMissing(meeting.timing_rationale))
    ReportRule(rule, meeting.where, "the meeting has no <timing-rationale>", diagnostics,
               "say why the discussion was held when it was");
  if (!meeting.rag.has_value() || !meeting.contact_received.has_value()) return;
  if (!meeting.mash_enquiry_completed.has_value()) {
    ReportRule(rule, meeting.where, "the record does not say when the MASH enquiry was completed",
               diagnostics, "add <mash-enquiry-completed> with its date-time");
    return;
  }
  RagRating rag = *meeting.rag.value;
  int window = rag == RagRating::kRed ? 4 : rag == RagRating::kAmber ? 24 : 72;
  const DateTime& contact = *meeting.contact_received.value;
  const DateTime& completed = *meeting.mash_enquiry_completed.value;
  if (!Exceeds(contact, completed, window)) return;
  ReportRule(rule, meeting.mash_enquiry_completed.where,
             "the MASH enquiry took " + Span(contact, completed) + "; a " + ToString(rag) +
                 " rating allows " + std::to_string(window) + " hours",
             diagnostics, "record why it took longer in <timing-rationale>");
}

}  // namespace sdgen
