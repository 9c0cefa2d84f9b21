#include "record/language_tag.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <cstring>

namespace sdgen {
namespace {

bool IsKnownScript(const char* script) {
  return *script == '\0' || u_getPropertyValueEnum(UCHAR_SCRIPT, script) != UCHAR_INVALID_CODE;
}

// A region is two letters ISO 3166 knows, or three digits (UN M.49: 419 is
// Latin America), which ICU keeps no list of.
bool IsKnownRegion(const icu::Locale& locale) {
  const char* region = locale.getCountry();
  if (*region == '\0') return true;
  if (std::strlen(region) == 3 && region[0] >= '0' && region[0] <= '9') return true;
  return *locale.getISO3Country() != '\0';
}

}  // namespace

bool IsLanguageTag(const std::string& tag) {
  if (tag.empty()) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || locale.isBogus()) return false;
  // Extensions and private use become keywords after '@'.
  if (*locale.getVariant() != '\0' || std::strchr(locale.getName(), '@') != nullptr) return false;
  return *locale.getISO3Language() != '\0' && IsKnownScript(locale.getScript()) &&
         IsKnownRegion(locale);
}

}  // namespace sdgen
