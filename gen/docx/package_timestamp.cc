#include "docx/package_timestamp.h"

#include <cstdio>

namespace sdgen::docx {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

// Reads the zone designator after the seconds; returns its offset in seconds.
bool ParseOffset(const char* zone, int64_t* offset_seconds) {
  if (zone[0] == 'Z' && zone[1] == '\0') {
    *offset_seconds = 0;
    return true;
  }
  int hours = 0, minutes = 0, used = 0;
  if ((zone[0] != '+' && zone[0] != '-') ||
      std::sscanf(zone + 1, "%2d:%2d%n", &hours, &minutes, &used) != 2 || zone[1 + used] != '\0') {
    return false;
  }
  *offset_seconds = (zone[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  return true;
}

}  // namespace

bool PackageTimestamp::Parse(const std::string& iso8601, PackageTimestamp* out) {
  int y, mo, d, h, mi, s, used = 0;
  if (std::sscanf(iso8601.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &used) !=
      6) {
    return false;
  }
  int64_t offset = 0;
  if (!ParseOffset(iso8601.c_str() + used, &offset)) return false;
  const int64_t utc = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
  const int64_t days = utc >= 0 ? utc / 86400 : (utc - 86399) / 86400;
  const int64_t rest = utc - days * 86400;
  CivilFromDays(days, &out->year, &out->month, &out->day);
  out->hour = static_cast<int>(rest / 3600);
  out->minute = static_cast<int>(rest % 3600 / 60);
  out->second = static_cast<int>(rest % 60);
  return true;
}

std::string PackageTimestamp::ToW3cdtf() const {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute,
                second);
  return text;
}

uint16_t PackageTimestamp::DosDate() const {
  if (year < 1980) return (1 << 5) | 1;
  return static_cast<uint16_t>(((year - 1980) << 9) | (month << 5) | day);
}

uint16_t PackageTimestamp::DosTime() const {
  if (year < 1980) return 0;
  return static_cast<uint16_t>((hour << 11) | (minute << 5) | (second / 2));
}

}  // namespace sdgen::docx
