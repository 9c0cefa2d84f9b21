#include "checks/deadlines.h"

namespace sdgen {
namespace {

DueDate MinutesDue(const DateTime& held, const DeadlinePolicy& policy,
                   const WorkingCalendar& calendar) {
  if (policy.minutes_due_working_days)
    return {calendar.AddWorkingDays(held.LocalDate(), *policy.minutes_due_working_days), {}};
  // Counted on the instant, so 24 hours stay 24 hours across a clock change.
  DateTime due = held;
  due.utc_seconds += int64_t{policy.minutes_due_hours} * 3600;
  return {due.LocalDate(), due};
}

}  // namespace

std::optional<DiscussionDeadlines> ComputeDeadlines(const Record& record,
                                                    const DeadlinePolicy& policy,
                                                    const WorkingCalendar& calendar) {
  if (!record.meeting.held.has_value()) return std::nullopt;
  const DateTime& held = *record.meeting.held.value;
  DiscussionDeadlines deadlines;
  deadlines.minutes_due = MinutesDue(held, policy, calendar);
  deadlines.actions_sent_by =
      calendar.AddWorkingDays(held.LocalDate(), policy.actions_sent_working_days);
  if (record.decision.outcome.value == Outcome::kS47)
    deadlines.icpc_latest =
        calendar.AddWorkingDays(held.LocalDate(), policy.conference_working_days);
  return deadlines;
}

}  // namespace sdgen
