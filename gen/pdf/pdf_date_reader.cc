#include "pdf/pdf_date_reader.h"

#include <cctype>
#include <cstdio>

namespace sdgen::pdf {
namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<int64_t>(day_of_era) - 719468;
}

// The number in `digits` characters at `at`, or -1.
int Digits(std::string_view text, size_t at, size_t digits) {
  if (at + digits > text.size()) return -1;
  int value = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<PdfInstant> ReadPdfDate(std::string_view date) {
  if (date.substr(0, 2) == "D:") date.remove_prefix(2);
  int year = Digits(date, 0, 4), month = Digits(date, 4, 2), day = Digits(date, 6, 2);
  int hour = Digits(date, 8, 2), minute = Digits(date, 10, 2), second = Digits(date, 12, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || minute < 0 ||
      second < 0)
    return std::nullopt;
  int offset_minutes = 0;
  char sign = date.size() > 14 ? date[14] : 'Z';
  if (sign == '+' || sign == '-') {
    int offset_hours = Digits(date, 15, 2), offset_rest = Digits(date, 18, 2);
    if (offset_hours < 0) return std::nullopt;
    offset_minutes =
        (offset_hours * 60 + (offset_rest < 0 ? 0 : offset_rest)) * (sign == '-' ? -1 : 1);
  }
  PdfInstant instant;
  instant.seconds =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
      hour * 3600 + minute * 60 + second - offset_minutes * 60;
  char shown[40];
  int offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::snprintf(shown, sizeof shown, "%04d-%02d-%02d %02d:%02d %c%02d:%02d", year, month, day, hour,
                minute, offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
  instant.shown = shown;
  return instant;
}

}  // namespace sdgen::pdf
