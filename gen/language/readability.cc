#include "language/readability.h"

#include <unicode/locid.h>

#include <algorithm>

namespace sdgen {
namespace {

bool IsVowel(std::string_view word, size_t i) {
  char c = word[i];
  if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return true;
  // A leading "y" is a consonant ("yes"); elsewhere it is a vowel ("family").
  if (c == 'y') return i > 0;
  // Latin-1 accented vowels (U+00E0-U+00FC, lead byte C3) as in "Siân" or "café".
  if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < word.size()) {
    unsigned char next = static_cast<unsigned char>(word[i + 1]);
    return next >= 0xA0 && next <= 0xBC && next != 0xA7 && next != 0xB1 && next != 0xB7;
  }
  return false;
}

bool IsConsonantAt(std::string_view word, size_t i) {
  char c = word[i];
  return c >= 'a' && c <= 'z' && !IsVowel(word, i);
}

bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

}  // namespace

double Readability::FleschReadingEase() const {
  if (words == 0 || sentences == 0) return 0;
  return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
}

double Readability::FleschKincaidGrade() const {
  if (words == 0 || sentences == 0) return 0;
  return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
}

double Readability::ReadingAge() const { return std::max(5.0, FleschKincaidGrade() + 5); }

int EstimateSyllables(std::string_view word) {
  if (EndsWith(word, "'s")) word.remove_suffix(2);
  while (!word.empty() && word.back() == '\'') word.remove_suffix(1);
  int groups = 0;
  bool in_vowels = false;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;
    bool vowel = IsVowel(word, i);
    if (vowel && !in_vowels) ++groups;
    in_vowels = vowel;
  }
  size_t n = word.size();
  // Silent endings: the "e" of "make", the "ed" of "pushed", the "es" of "makes";
  // but not "table", "wanted" or "houses", where they are sounded.
  if (groups > 1 && n > 2 && word[n - 1] == 'e' && IsConsonantAt(word, n - 2) &&
      !(word[n - 2] == 'l' && IsConsonantAt(word, n - 3))) {
    --groups;
  } else if (groups > 1 && n > 3 && EndsWith(word, "ed") && IsConsonantAt(word, n - 3) &&
             word[n - 3] != 't' && word[n - 3] != 'd') {
    --groups;
  } else if (groups > 1 && n > 3 && EndsWith(word, "es") && IsConsonantAt(word, n - 3) &&
             std::string_view("sxzcg").find(word[n - 3]) == std::string_view::npos &&
             !EndsWith(word, "hes")) {
    --groups;
  }
  return std::max(1, groups);
}

std::unique_ptr<ReadabilityMeter> ReadabilityMeter::Create(const std::string& language,
                                                           std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language, status);
  if (U_FAILURE(status)) locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  // "ss=standard" keeps "Mr. Ellis" and "Dr. Shah" in one sentence.
  locale.setKeywordValue("ss", "standard", status);
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !sentences) {
    *error = std::string("cannot create an ICU sentence break iterator: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<ReadabilityMeter>(new ReadabilityMeter(std::move(sentences)));
}

ReadabilityMeter::ReadabilityMeter(std::unique_ptr<icu::BreakIterator> sentences)
    : sentences_(std::move(sentences)) {
  Reset({}, 0);
}

void ReadabilityMeter::Reset(std::string_view text, int long_sentence_words) {
  UErrorCode status = U_ZERO_ERROR;
  text_.adoptInstead(
      utext_openUTF8(text_.orphan(), text.data(), static_cast<int64_t>(text.size()), &status));
  sentences_->setText(text_.getAlias(), status);
  sentences_->first();
  sentence_end_ = 0;
  current_ = {};
  long_sentence_words_ = long_sentence_words;
  counts_ = {};
  long_sentences_.clear();
  first_word_ = SIZE_MAX;
}

void ReadabilityMeter::CloseSentence() {
  if (current_.words == 0) return;
  ++counts_.sentences;
  if (current_.words > long_sentence_words_) long_sentences_.push_back(current_);
  current_ = {};
}

void ReadabilityMeter::AddWord(const Token& token, std::string_view folded) {
  if (token.kind != TokenKind::kWord) return;
  if (token.begin >= sentence_end_) {
    CloseSentence();
    // Words arrive in order, so the sentence iterator only ever moves forward.
    int32_t end = sentences_->following(static_cast<int32_t>(token.begin));
    sentence_end_ = end == icu::BreakIterator::DONE ? SIZE_MAX : static_cast<size_t>(end);
  }
  if (current_.words == 0) current_.begin = token.begin;
  if (first_word_ == SIZE_MAX) first_word_ = token.begin;
  ++current_.words;
  ++counts_.words;
  counts_.syllables += EstimateSyllables(folded);
}

const Readability& ReadabilityMeter::Finish() {
  CloseSentence();
  return counts_;
}

Readability MeasureReadability(std::string_view text, WordTokenizer& tokenizer, TokenFolder& folder,
                               ReadabilityMeter& meter) {
  meter.Reset(text, INT32_MAX);
  tokenizer.Reset(text);
  Token token;
  while (tokenizer.NextWord(&token)) {
    meter.AddWord(token, folder.Fold(text.substr(token.begin, token.end - token.begin)));
  }
  return meter.Finish();
}

}  // namespace sdgen
