#pragma once

// Working days: Monday to Friday, except the days off a style lists (the
// England and Wales bank holidays in styles/default/bank-holidays.xml, plus any
// closure days a council adds). Deadlines and the LADO rule count in these.

#include <set>

#include "diagnostics/diagnostic.h"
#include "diagnostics/source_file.h"
#include "record/date_time.h"

namespace sdgen {

/// Which days are working days.
class WorkingCalendar {
 public:
  /// Adds the <holiday> and <closure> days of a bank-holidays file; reports
  /// problems as BH001 and returns false when any were found.
  bool AddDaysOff(const SourceFile& file, DiagnosticList& diagnostics);
  /// Adds one day off, such as a council's own closure day.
  void AddDayOff(const Date& day);

  /// Whether `day` is a weekday that is not a listed day off.
  bool IsWorkingDay(const Date& day) const;
  /// The `count`th working day after `day` (Friday + 1 is Monday; `day` itself
  /// for 0), so a Saturday meeting + 1 is the Monday, as people count.
  Date AddWorkingDays(const Date& day, int count) const;

 private:
  std::set<int64_t> days_off_;  ///< days since the epoch
};

}  // namespace sdgen
