#pragma once

// The dates printed on the documents: when the minutes are due, when the
// actions must be sent, and for a s47 outcome the latest date for the initial
// child protection conference.

#include <optional>

#include "checks/working_days.h"
#include "record/record.h"

namespace sdgen {

/// How a style sets the deadlines; the defaults are the spec's.
struct DeadlinePolicy {
  int minutes_due_hours = 24;
  /// When set, minutes are due this many working days after the meeting
  /// instead of `minutes_due_hours` (some councils allow 5).
  std::optional<int> minutes_due_working_days;
  int actions_sent_working_days = 1;
  int conference_working_days = 15;
};

/// When something is due: a day, and the exact instant when counted in hours.
/// (Named apart from template/render_inputs.h's Deadline, its printed form.)
struct DueDate {
  Date day;                         ///< in the offset the meeting was recorded in
  std::optional<DateTime> instant;  ///< set when counted in hours, not days
};

/// The deadlines of one discussion.
struct DiscussionDeadlines {
  DueDate minutes_due;
  Date actions_sent_by;
  std::optional<Date> icpc_latest;  ///< only for a s47 outcome
};

/// Computes the deadlines from `held`; nullopt when the record has no `held`.
std::optional<DiscussionDeadlines> ComputeDeadlines(const Record& record,
                                                    const DeadlinePolicy& policy,
                                                    const WorkingCalendar& calendar);

}  // namespace sdgen
