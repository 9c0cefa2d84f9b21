#pragma once

#include <cstdint>
#include <string>

namespace sdgen::docx {

/// A moment in UTC, to the second, as stamped into a package. It comes from the
/// document's metadata and never from the clock, so builds are byte-identical.
struct PackageTimestamp {
  int year = 1980;
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;

  /// Parses "YYYY-MM-DDTHH:MM:SS" with "Z" or a "+HH:MM"/"-HH:MM" offset, converted to UTC.
  static bool Parse(const std::string& iso8601, PackageTimestamp* out);
  /// "YYYY-MM-DDTHH:MM:SSZ", the W3CDTF form core properties use.
  std::string ToW3cdtf() const;
  /// The MS-DOS date of a zip entry (1980 at the earliest).
  uint16_t DosDate() const;
  /// The MS-DOS time of a zip entry (two-second resolution).
  uint16_t DosTime() const;
};

}  // namespace sdgen::docx
