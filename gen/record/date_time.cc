#include "record/date_time.h"

#include <cstdio>

namespace sdgen {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` digits at `pos`.
bool ReadDigits(std::string_view text, size_t pos, size_t width, int& out) {
  if (pos + width > text.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

DateError ParseDatePart(std::string_view text, Date& out) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return DateError::kSyntax;
  if (!ReadDigits(text, 0, 4, out.year) || !ReadDigits(text, 5, 2, out.month) ||
      !ReadDigits(text, 8, 2, out.day)) {
    return DateError::kSyntax;
  }
  if (out.month < 1 || out.month > 12 || out.day < 1 ||
      out.day > DaysInMonth(out.year, out.month)) {
    return DateError::kImpossible;
  }
  return DateError::kNone;
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
int64_t Date::DaysSinceEpoch() const {
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDaysSinceEpoch(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  Date date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t days = DaysSinceEpoch();
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string Date::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

Date DateTime::LocalDate() const {
  int64_t local = utc_seconds + int64_t{offset_minutes} * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return Date::FromDaysSinceEpoch(days);
}

std::string DateTime::Iso() const {
  int64_t local = utc_seconds + int64_t{offset_minutes} * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t seconds = local - days * 86400;
  Date date = Date::FromDaysSinceEpoch(days);
  int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d%c%02d:%02d", date.Iso().c_str(),
                static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
                static_cast<int>(seconds % 60), offset_minutes < 0 ? '-' : '+', offset / 60,
                offset % 60);
  return buffer;
}

DateError ParseDate(std::string_view text, Date& out) {
  if (text.size() != 10) return DateError::kSyntax;
  return ParseDatePart(text, out);
}

DateError ParseDateTime(std::string_view text, DateTime& out) {
  Date date;
  if (text.size() < 16 || text[10] != 'T') {
    return text.size() == 10 && ParseDatePart(text, date) == DateError::kNone
               ? DateError::kNoOffset
               : DateError::kSyntax;
  }
  if (DateError error = ParseDatePart(text, date); error != DateError::kNone) return error;
  int hour = 0, minute = 0, second = 0;
  if (!ReadDigits(text, 11, 2, hour) || text[13] != ':' || !ReadDigits(text, 14, 2, minute)) {
    return DateError::kSyntax;
  }
  size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!ReadDigits(text, pos + 1, 2, second)) return DateError::kSyntax;
    pos += 3;
  }
  if (hour > 23 || minute > 59 || second > 59) return DateError::kImpossible;
  int offset = 0;
  if (pos == text.size()) return DateError::kNoOffset;
  if (text[pos] == 'Z' && pos + 1 == text.size()) {
    offset = 0;
  } else if ((text[pos] == '+' || text[pos] == '-') && pos + 6 == text.size() &&
             text[pos + 3] == ':') {
    int offset_hours = 0, offset_minutes = 0;
    if (!ReadDigits(text, pos + 1, 2, offset_hours) ||
        !ReadDigits(text, pos + 4, 2, offset_minutes)) {
      return DateError::kSyntax;
    }
    if (offset_hours > 14 || offset_minutes > 59) return DateError::kImpossible;
    offset = (offset_hours * 60 + offset_minutes) * (text[pos] == '-' ? -1 : 1);
  } else {
    return DateError::kSyntax;
  }
  out.offset_minutes = offset;
  out.utc_seconds = date.DaysSinceEpoch() * 86400 + hour * 3600 + minute * 60 + second -
                    int64_t{offset} * 60;
  return DateError::kNone;
}

int YearsBetween(const Date& born, const Date& on) {
  int years = on.year - born.year;
  if (on.month < born.month || (on.month == born.month && on.day < born.day)) --years;
  return years;
}

}  // namespace sdgen
