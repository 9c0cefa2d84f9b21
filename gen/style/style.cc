#include "style/style.h"

#include <algorithm>

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

const LanguageStyle* FindLanguageStyle(const Style& style, const std::string& tag) {
  auto exact = style.languages.find(tag);
  if (exact != style.languages.end()) return &exact->second;
  auto primary = style.languages.find(tag.substr(0, tag.find('-')));
  return primary == style.languages.end() ? nullptr : &primary->second;
}

Style StyleInLanguage(const Style& style, const std::string& tag) {
  Style out = style;
  out.locale = tag;
  std::replace(out.locale.begin(), out.locale.end(), '-', '_');
  const LanguageStyle* language = FindLanguageStyle(style, tag);
  if (!language) return out;
  if (!language->locale.empty()) out.locale = language->locale;
  for (const auto& [audience, line] : language->confidentiality)
    out.confidentiality[audience] = line;
  for (const auto& [kind, contact] : language->support) out.support[kind] = contact;
  for (const auto& [name, alt] : language->picture_alts) {
    auto picture = out.pictures.find(name);
    if (picture != out.pictures.end()) picture->second.alt_text = alt;
  }
  return out;
}

}  // namespace sdgen
