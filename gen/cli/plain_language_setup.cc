#include "cli/plain_language_setup.h"

#include <algorithm>
#include <filesystem>

#include "cli/input_file.h"
#include "language/dictionary_reader.h"
#include "record/language_tag.h"

namespace sdgen::cli {
namespace {

constexpr size_t kMaxDictionaryBytes = 16 * 1024 * 1024;

// The file's SourceFile, or null: reported unless `optional` (a style need
// not override every file).
const SourceFile* ReadStyleFile(const std::string& path, bool optional,
                                std::deque<SourceFile>& files, DiagnosticList& diagnostics) {
  std::string text, error;
  if (ReadInputFile(path, kMaxDictionaryBytes, &text, &error) != InputFileStatus::kRead) {
    if (!optional) diagnostics.Error({&files.emplace_back(path, ""), 0}, "PL022", error);
    return nullptr;
  }
  return &files.emplace_back(path, std::move(text));
}

}  // namespace

// The style folders' subfolders named by a language tag that hold a dictionary.
std::vector<std::string> DictionaryLanguages(const CouncilFolders& folders) {
  std::vector<std::string> tags;
  for (const std::string& folder : folders.style) {
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      if (IsLanguageTag(name) && std::filesystem::is_regular_file(it->path() / "dictionary.xml"))
        tags.push_back(name);
    }
  }
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  return tags;
}

bool PlainLanguageSetup::Load(const CouncilFolders& folders, const std::vector<std::string>& extra,
                              std::deque<SourceFile>& files, DiagnosticList& diagnostics,
                              std::string* error) {
  for (const std::string& tag : DictionaryLanguages(folders)) {
    // The language's folders stand in for the style's: its dictionary and accept list.
    CouncilFolders own;
    for (const std::string& folder : folders.style) {
      std::string path = folder + "/" + tag;
      if (std::filesystem::is_directory(path)) own.style.push_back(path);
    }
    auto setup = std::make_unique<PlainLanguageSetup>();
    setup->language_ = tag;
    if (!setup->LoadOne(own, {}, files, diagnostics, error)) return false;
    languages_[tag] = std::move(setup);
  }
  return LoadOne(folders, extra, files, diagnostics, error);
}

const PlainLanguageSetup* PlainLanguageSetup::ForLanguage(const std::string& language) const {
  if (language.empty()) return this;
  auto found = languages_.find(language);
  if (found == languages_.end()) found = languages_.find(language.substr(0, language.find('-')));
  return found == languages_.end() ? nullptr : found->second.get();
}

std::vector<GlossaryEntry> PlainLanguageSetup::GlossaryFor(const std::string& text,
                                                           const std::string& language) {
  if (language.empty()) return GlossaryFor(text);
  auto found = languages_.find(language);
  if (found == languages_.end()) found = languages_.find(language.substr(0, language.find('-')));
  return found == languages_.end() ? std::vector<GlossaryEntry>{}
                                   : found->second->GlossaryFor(text);
}

bool PlainLanguageSetup::LoadOne(const CouncilFolders& folders,
                                 const std::vector<std::string>& extra,
                                 std::deque<SourceFile>& files, DiagnosticList& diagnostics,
                                 std::string* error) {
  const std::string style_dir = folders.council_style();
  folder_ = TokenFolder::Create(error);
  tokenizer_ = folder_ ? WordTokenizer::Create("en-GB", error) : nullptr;
  if (!tokenizer_) return false;
  std::vector<std::pair<std::string, bool>> paths{
      {folders.shipped_style() + "/dictionary.xml", false}};
  if (!style_dir.empty()) paths.emplace_back(style_dir + "/dictionary.xml", true);
  for (const std::string& path : extra) paths.emplace_back(path, false);
  for (const auto& [path, optional] : paths) {
    const SourceFile* file = ReadStyleFile(path, optional, files, diagnostics);
    if (!file && !optional) return false;
    if (file && !ReadDictionary(*file, dictionary_, *folder_, diagnostics)) return false;
  }
  dictionary_.Compile(*tokenizer_, *folder_, diagnostics);
  if (!style_dir.empty()) {
    const std::string path = style_dir + "/plain-language-accept.txt";
    if (const SourceFile* file = ReadStyleFile(path, true, files, diagnostics))
      style_accept_ = ReadAcceptList(*file);
  }
  glossary_checker_ = PlainLanguageChecker::Create(dictionary_, CheckOptions{}, diagnostics, error);
  return glossary_checker_ != nullptr;
}

std::vector<GlossaryEntry> PlainLanguageSetup::GlossaryFor(const std::string& text) {
  Text block;
  block.value = text;
  // Findings in a document's own words are the template check's business;
  // here only which terms occur matters.
  DiagnosticList ignored;
  TermUsage usage;
  glossary_checker_->CheckText(block, Readership::kProfessionals, ignored, &usage);
  return BuildGlossary(usage, dictionary_);
}

std::unique_ptr<PlainLanguageChecker> PlainLanguageSetup::MakeChecker(
    std::vector<AcceptedTerm> accept, double reading_age, DiagnosticList& diagnostics,
    std::string* error) const {
  CheckOptions options;
  options.accept = style_accept_;
  options.accept.insert(options.accept.end(), accept.begin(), accept.end());
  options.reading_age_target = reading_age;
  // Flesch–Kincaid counts English syllables: no measure of another language.
  options.scores_reading_age = language_.empty();
  return PlainLanguageChecker::Create(dictionary_, std::move(options), diagnostics, error);
}

std::vector<AcceptedTerm> RecordAcceptList(const Record& record) {
  std::vector<AcceptedTerm> accept;
  for (const Text& term : record.accepted_terms) accept.push_back({term.value, term.where});
  return accept;
}

}  // namespace sdgen::cli
