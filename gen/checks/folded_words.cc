#include "checks/folded_words.h"

namespace sdgen {
namespace {

// Marks are removed after decomposition; Latin-ASCII then folds the letters
// that have no decomposition ("Łucja" -> "Lucja", "Ø" -> "O"), so a name
// typed without its accents still matches.
constexpr const char* kAccentRules = "NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC";

bool IsAscii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::unique_ptr<WordFolder> WordFolder::Create(const std::string& language, std::string* error) {
  std::unique_ptr<WordTokenizer> tokenizer = WordTokenizer::Create(language, error);
  if (!tokenizer) return nullptr;
  std::unique_ptr<TokenFolder> case_folder = TokenFolder::Create(error);
  if (!case_folder) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> accent_remover(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(kAccentRules), UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !accent_remover) {
    *error = std::string("cannot create the ICU accent folding: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<WordFolder>(
      new WordFolder(std::move(tokenizer), std::move(case_folder), std::move(accent_remover)));
}

WordFolder::WordFolder(std::unique_ptr<WordTokenizer> tokenizer,
                       std::unique_ptr<TokenFolder> case_folder,
                       std::unique_ptr<icu::Transliterator> accent_remover)
    : tokenizer_(std::move(tokenizer)),
      case_folder_(std::move(case_folder)),
      accent_remover_(std::move(accent_remover)) {}

std::string WordFolder::Fold(std::string_view word) {
  std::string folded(case_folder_->Fold(word));
  if (!IsAscii(folded)) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(folded);
    accent_remover_->transliterate(text);
    folded.clear();
    text.toUTF8String(folded);
  }
  // "Siân’s mum" names Siân: the possessive is not part of the name.
  if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, "'s") == 0)
    folded.resize(folded.size() - 2);
  return folded;
}

std::vector<FoldedWord> WordFolder::Words(std::string_view text) {
  std::vector<FoldedWord> words;
  tokenizer_->Reset(text);
  Token token;
  while (tokenizer_->NextWord(&token)) {
    std::string_view word = text.substr(token.begin, token.end - token.begin);
    words.push_back({Fold(word), token.begin, token.end});
  }
  return words;
}

}  // namespace sdgen
