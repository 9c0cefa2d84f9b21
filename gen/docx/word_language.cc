#include "docx/word_language.h"

#include <algorithm>
#include <cctype>

#include "docx/wordml_text.h"

namespace sdgen::docx {
namespace {

// The primary subtag, lowercase: "ur" of "ur-PK", "zh" of "zh-Hans-CN".
std::string PrimarySubtag(const std::string& language) {
  std::string primary = language.substr(0, language.find_first_of("-_"));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary;
}

bool IsOneOf(const std::string& primary, std::initializer_list<const char*> tags) {
  return std::any_of(tags.begin(), tags.end(), [&](const char* tag) { return primary == tag; });
}

}  // namespace

void AppendLanguage(pugi::xml_node run_properties, const std::string& language) {
  pugi::xml_node lang = AppendValue(run_properties, "w:lang", language);
  const std::string primary = PrimarySubtag(language);
  if (IsOneOf(primary, {"zh", "ja", "ko"})) {
    lang.append_attribute("w:eastAsia") = language.c_str();
  }
  if (IsOneOf(primary, {"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})) {
    lang.append_attribute("w:bidi") = language.c_str();
  }
}

}  // namespace sdgen::docx
