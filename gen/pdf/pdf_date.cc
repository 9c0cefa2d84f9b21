#include "pdf/pdf_date.h"

#include <cctype>

namespace sdgen::pdf {
namespace {

bool Digits(const std::string& text, size_t at, size_t count, int* value) {
  if (at + count > text.size()) return false;
  *value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    *value = *value * 10 + (text[i] - '0');
  }
  return true;
}

bool ParseOffset(const std::string& text, size_t at, HPDF_Date* date) {
  if (at >= text.size()) return false;
  if (text[at] == 'Z' && at + 1 == text.size()) {
    // libharu's 'Z' handling is unreliable in 2.3.0; +00'00' means the same.
    date->ind = '+';
    return true;
  }
  if (text[at] != '+' && text[at] != '-') return false;
  date->ind = text[at];
  return at + 6 == text.size() && text[at + 3] == ':' &&
         Digits(text, at + 1, 2, &date->off_hour) && Digits(text, at + 4, 2, &date->off_minutes);
}

}  // namespace

bool ParsePdfDate(const std::string& iso8601, HPDF_Date* date) {
  *date = HPDF_Date{};
  const std::string& t = iso8601;
  if (t.size() < 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' ||
      t[16] != ':') {
    return false;
  }
  bool ok = Digits(t, 0, 4, &date->year) && Digits(t, 5, 2, &date->month) &&
            Digits(t, 8, 2, &date->day) && Digits(t, 11, 2, &date->hour) &&
            Digits(t, 14, 2, &date->minutes) && Digits(t, 17, 2, &date->seconds);
  size_t offset_at = 19;
  if (ok && t[offset_at] == '.') {  // fractional seconds: PDF dates have none
    ++offset_at;
    while (offset_at < t.size() && std::isdigit(static_cast<unsigned char>(t[offset_at]))) {
      ++offset_at;
    }
  }
  return ok && ParseOffset(t, offset_at, date);
}

}  // namespace sdgen::pdf
