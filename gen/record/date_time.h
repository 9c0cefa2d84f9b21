#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sdgen {

/// A calendar date with no time zone, such as a date of birth.
struct Date {
  int year = 0;
  int month = 0;  ///< 1-12
  int day = 0;    ///< 1-31

  /// Days since 1970-01-01 (proleptic Gregorian).
  int64_t DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(int64_t days);
  /// 0 = Monday ... 6 = Sunday.
  int Weekday() const;
  std::string Iso() const;  ///< "2019-04-02"
  bool operator==(const Date& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator<(const Date& o) const { return DaysSinceEpoch() < o.DaysSinceEpoch(); }
};

/// An instant written with the offset it was recorded in. Comparisons and
/// differences use the instant, so hours are right across clock changes.
struct DateTime {
  int64_t utc_seconds = 0;  ///< seconds since 1970-01-01T00:00:00Z
  int offset_minutes = 0;   ///< the offset written in the record

  /// The date in the written offset.
  Date LocalDate() const;
  std::string Iso() const;  ///< "2026-11-20T10:00:00+00:00"
  bool operator<(const DateTime& o) const { return utc_seconds < o.utc_seconds; }
  bool operator==(const DateTime& o) const { return utc_seconds == o.utc_seconds; }
};

/// Why a date or date-time did not parse, in words for a diagnostic.
enum class DateError { kNone, kSyntax, kNoOffset, kImpossible };

/// Parses "YYYY-MM-DD"; rejects impossible dates such as 2019-02-30.
DateError ParseDate(std::string_view text, Date& out);
/// Parses "YYYY-MM-DDThh:mm[:ss]" followed by "Z" or "+hh:mm"/"-hh:mm".
DateError ParseDateTime(std::string_view text, DateTime& out);

/// Whole years from `born` to `on` (an age).
int YearsBetween(const Date& born, const Date& on);

}  // namespace sdgen
