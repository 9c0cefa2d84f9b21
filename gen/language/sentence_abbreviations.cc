#include "language/sentence_abbreviations.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <memory>

namespace sdgen {
namespace {

using Bundle = std::unique_ptr<UResourceBundle, decltype(&ures_close)>;

}  // namespace

SentenceAbbreviations SentenceAbbreviations::ForLanguage(const std::string& language) {
  SentenceAbbreviations list;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language, status);
  status = U_ZERO_ERROR;
  // The same data FilteredBreakIteratorBuilder reads, exceptions/SentenceBreak
  // in brkitr/<locale>.txt, looked for in the locale and then its parents.
  std::string name = locale.getBaseName();
  Bundle sentence(nullptr, &ures_close);
  for (;;) {
    status = U_ZERO_ERROR;
    Bundle bundle(ures_openDirect(U_ICUDATA_NAME "-brkitr", name.c_str(), &status), &ures_close);
    Bundle exceptions(ures_getByKey(bundle.get(), "exceptions", nullptr, &status), &ures_close);
    sentence.reset(ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status));
    if (U_SUCCESS(status) || name.empty() || name == "root") break;
    char parent[ULOC_FULLNAME_CAPACITY];
    UErrorCode parent_status = U_ZERO_ERROR;
    uloc_getParent(name.c_str(), parent, sizeof parent, &parent_status);
    name = U_SUCCESS(parent_status) ? parent : "";
  }
  if (U_FAILURE(status)) return list;
  for (int32_t i = 0, n = ures_getSize(sentence.get()); i < n; ++i) {
    int32_t length = 0;
    const UChar* entry = ures_getStringByIndex(sentence.get(), i, &length, &status);
    if (U_FAILURE(status)) break;
    std::string utf8;
    icu::UnicodeString(entry, length).toUTF8String(utf8);
    if (utf8.empty() || utf8.back() != '.') list.all_end_in_full_stop_ = false;
    // "Ph.D." is also looked up as "Ph.", to see whether "D." follows.
    for (size_t stop = utf8.find('.'); stop != std::string::npos; stop = utf8.find('.', stop + 1)) {
      list.endings_.insert(utf8.substr(0, stop + 1));
      list.longest_ = std::max(list.longest_, stop + 1);
    }
  }
  return list;
}

bool SentenceAbbreviations::EndsText(std::string_view text) const {
  for (size_t length = 2; length <= longest_ && length <= text.size(); ++length) {
    if (endings_.count(std::string(text.substr(text.size() - length)))) return true;
  }
  return false;
}

}  // namespace sdgen
