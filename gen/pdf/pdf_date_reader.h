#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sdgen::pdf {

/// A PDF date string's instant and how it was written.
struct PdfInstant {
  int64_t seconds = 0;  ///< since 1970-01-01T00:00:00Z
  std::string shown;    ///< "2026-11-20 11:00 +00:00": the local time written, with its offset
};

/// Reads a PDF date ("D:20261120110000+00'00'", the text inside the string's
/// parentheses); nullopt when it is not one.
std::optional<PdfInstant> ReadPdfDate(std::string_view date);

}  // namespace sdgen::pdf
