#include "template/render_inputs.h"

namespace sdgen {
namespace {

// `day` at the clock time and offset the meeting was held at.
DateTime AtMeetingTime(const Date& day, const DateTime& held) {
  DateTime at = held;
  at.utc_seconds += (day.DaysSinceEpoch() - held.LocalDate().DaysSinceEpoch()) * 24 * 60 * 60;
  return at;
}

}  // namespace

Deadlines PrintedDeadlines(const Record& record, const DeadlinePolicy& policy,
                           const WorkingCalendar& calendar) {
  Deadlines deadlines;
  std::optional<DiscussionDeadlines> computed = ComputeDeadlines(record, policy, calendar);
  if (!computed) return deadlines;
  const DateTime& held = *record.meeting.held.value;
  if (policy.minutes_due_working_days) {
    deadlines.minutes = Deadline{AtMeetingTime(computed->minutes_due.day, held),
                                 {*policy.minutes_due_working_days, Duration::Unit::kWorkingDays}};
  } else {
    deadlines.minutes = Deadline{computed->minutes_due.instant.value_or(held),
                                 {policy.minutes_due_hours, Duration::Unit::kHours}};
  }
  deadlines.actions = Deadline{AtMeetingTime(computed->actions_sent_by, held),
                               {policy.actions_sent_working_days, Duration::Unit::kWorkingDays}};
  if (computed->icpc_latest) {
    deadlines.conference = Deadline{AtMeetingTime(*computed->icpc_latest, held),
                                    {policy.conference_working_days, Duration::Unit::kWorkingDays}};
  }
  return deadlines;
}

}  // namespace sdgen
