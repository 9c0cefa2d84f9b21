#pragma once

// The locale and time zone a style prints dates in are checked against ICU's
// own data: a locale ICU has no data for (`english`, `xx_YY`) would fall back
// to the root locale and print dates in another order without a word.

#include <string>

namespace sdgen {

/// Whether ICU has formatting data for `locale` (such as en_GB or cy_GB). When
/// not, `suggestion` says what to write instead.
bool IsKnownLocale(const std::string& locale, std::string& suggestion);

/// Whether `zone` is a time zone ICU knows by its IANA name (such as
/// Europe/London). When not, `suggestion` says what to write instead.
bool IsKnownTimeZone(const std::string& zone, std::string& suggestion);

}  // namespace sdgen
