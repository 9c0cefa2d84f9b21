#include "template/file_name_spelling.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cctype>

namespace sdgen {

FileNameSpelling::FileNameSpelling() {
  UErrorCode status = U_ZERO_ERROR;
  transliterator_.reset(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) transliterator_.reset();
}

FileNameSpelling::~FileNameSpelling() = default;

std::string FileNameSpelling::Spell(std::string_view name) const {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (transliterator_) transliterator_->transliterate(text);
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
