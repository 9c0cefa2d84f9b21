#include "language/word_tokenizer.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>

namespace sdgen {

std::unique_ptr<WordTokenizer> WordTokenizer::Create(const std::string& language,
                                                     std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language, status);
  if (U_FAILURE(status)) locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  // A language without its own rules (Welsh) falls back to the root rules with
  // a warning, which still splits words correctly.
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !words) {
    *error = std::string("cannot create an ICU word break iterator: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<WordTokenizer>(new WordTokenizer(std::move(words)));
}

WordTokenizer::WordTokenizer(std::unique_ptr<icu::BreakIterator> words) : words_(std::move(words)) {
  Reset({});
}

void WordTokenizer::Reset(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  // Reopening the same UText reuses its storage instead of allocating per text.
  text_.adoptInstead(
      utext_openUTF8(text_.orphan(), text.data(), static_cast<int64_t>(text.size()), &status));
  words_->setText(text_.getAlias(), status);
  start_ = words_->first();
}

bool WordTokenizer::NextWord(Token* token) {
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; end = words_->next()) {
    int32_t begin = start_;
    start_ = end;
    int32_t status = words_->getRuleStatus();
    if (status < UBRK_WORD_NONE_LIMIT) continue;
    token->begin = static_cast<size_t>(begin);
    token->end = static_cast<size_t>(end);
    token->kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber : TokenKind::kWord;
    return true;
  }
  return false;
}

}  // namespace sdgen
