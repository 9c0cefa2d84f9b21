#pragma once

#include <hpdf.h>

#include <string>

namespace sdgen::pdf {

/// Parses "2026-11-20T11:00:00+00:00" (or with "Z") into libharu's date; false if malformed.
bool ParsePdfDate(const std::string& iso8601, HPDF_Date* date);

}  // namespace sdgen::pdf
