#include "style/icu_names.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>

#include <memory>
#include <vector>

#include "diagnostics/closest_name.h"

namespace sdgen {
namespace {

std::vector<std::string> AvailableLocales() {
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  std::vector<std::string> names;
  for (int32_t i = 0; i < count; ++i) names.push_back(locales[i].getName());
  return names;
}

std::vector<std::string> TimeZoneNames() {
  std::vector<std::string> names;
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createEnumeration());
  UErrorCode status = U_ZERO_ERROR;
  if (!zones) return names;
  while (const char* zone = zones->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    names.push_back(zone);
  }
  return names;
}

}  // namespace

bool IsKnownLocale(const std::string& locale, std::string& suggestion) {
  std::vector<std::string> available = AvailableLocales();
  // "en-GB" and "en_GB" are the same locale; keywords (@calendar=…) do not
  // change which data it has.
  icu::Locale canonical = icu::Locale::createCanonical(locale.c_str());
  std::string base = canonical.isBogus() ? "" : canonical.getBaseName();
  for (const std::string& name : available)
    if (!base.empty() && name == base) return true;
  suggestion = DidYouMean(locale, available);
  if (suggestion.empty())
    suggestion = "write a language and country ICU has data for, such as en_GB or cy_GB";
  return false;
}

bool IsKnownTimeZone(const std::string& zone, std::string& suggestion) {
  std::unique_ptr<icu::TimeZone> found(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  if (found && *found != icu::TimeZone::getUnknown()) return true;
  suggestion = DidYouMean(zone, TimeZoneNames());
  if (suggestion.empty()) suggestion = "use an IANA name such as Europe/London";
  return false;
}

}  // namespace sdgen
