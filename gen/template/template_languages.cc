#include "template/template_languages.h"

#include <algorithm>
#include <filesystem>

#include "record/language_tag.h"

namespace sdgen {

std::vector<std::string> TemplateLanguages(const std::vector<std::string>& template_folders) {
  std::vector<std::string> tags;
  for (const std::string& folder : template_folders) {
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      if (it->is_directory(error) && IsLanguageTag(name)) tags.push_back(name);
    }
  }
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  return tags;
}

const std::string& ReaderLanguage(const FamilyReader& reader, const std::string& record_language) {
  const std::string& own = reader.person  ? reader.person->language
                           : reader.child ? reader.child->language
                                          : record_language;
  return own.empty() ? record_language : own;
}

std::string PrimaryLanguage(const std::string& tag) { return tag.substr(0, tag.find('-')); }

std::string ChooseTemplateLanguage(const std::string& reader_tag, const std::string& record_tag,
                                   const std::vector<std::string>& available) {
  if (reader_tag == record_tag) return "";
  auto has = [&](const std::string& tag) {
    return std::find(available.begin(), available.end(), tag) != available.end();
  };
  if (has(reader_tag)) return reader_tag;
  std::string primary = PrimaryLanguage(reader_tag);
  if (primary != PrimaryLanguage(record_tag) && has(primary)) return primary;
  return "";
}

}  // namespace sdgen
