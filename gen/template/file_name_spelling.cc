#include "template/file_name_spelling.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "checks/folded_words.h"

namespace sdgen {

FileNameSpelling::FileNameSpelling() = default;

const icu::Transliterator* FileNameSpelling::Transliterator() const {
  if (!made_) {
    made_ = true;
    UErrorCode status = U_ZERO_ERROR;
    transliterator_.reset(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) transliterator_.reset();
  }
  return transliterator_.get();
}

FileNameSpelling::~FileNameSpelling() = default;

std::string FileNameSpelling::Spell(std::string_view name) const {
  // Latin letters lose their accents cheaply; only other scripts need ICU's
  // transliterator.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string latin = U_SUCCESS(status) ? WithoutAccents(std::string(name), *nfd) : std::string(name);
  bool plain = std::all_of(latin.begin(), latin.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // Another script is transliterated whole, marks and all ("й" is "j", not "i").
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      plain ? latin : std::string(name));
  if (!plain)
    if (const icu::Transliterator* transliterator = Transliterator())
      transliterator->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  std::string out;
  bool gap = false;
  for (char c : ascii) {
    unsigned char u = static_cast<unsigned char>(c);
    bool alnum = u < 0x80 && std::isalnum(u);
    if (!alnum) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += '-';
    gap = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

}  // namespace sdgen
