#include "style/style.h"

#include "language/plain_language_checker.h"

namespace sdgen {

double ReadingAgeFor(const Style& style, const std::string& document, bool child_reader) {
  // The style names its letter and story targets by the shipped documents' names.
  const char* kind = child_reader ? "words-and-pictures" : "family-letter";
  for (const std::string& name : {document, std::string(kind)}) {
    auto target = style.reading_ages.find(name);
    if (target != style.reading_ages.end()) return target->second;
  }
  return child_reader ? kWordsAndPicturesReadingAge : kFamilyLetterReadingAge;
}

}  // namespace sdgen
