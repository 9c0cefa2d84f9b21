#include "language/readability.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace sdgen {
namespace {

// What a byte of a folded word is to the syllable count, looked up once per byte.
enum ByteKind : uint8_t { kOtherByte, kVowelByte, kConsonantByte, kY, kLatin1Lead, kContinuation };

constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (char c = 'a'; c <= 'z'; ++c) kinds[static_cast<unsigned char>(c)] = kConsonantByte;
  for (char c : {'a', 'e', 'i', 'o', 'u'}) kinds[static_cast<unsigned char>(c)] = kVowelByte;
  kinds['y'] = kY;
  for (int byte = 0x80; byte < 0xC0; ++byte) kinds[byte] = kContinuation;
  kinds[0xC3] = kLatin1Lead;
  return kinds;
}();

// The second bytes of the Latin-1 accented vowels U+00E0-U+00FC after a C3
// lead byte, as in "Siân" or "café" (not ç, ñ or ÷).
constexpr std::array<bool, 256> kLatin1VowelTails = [] {
  std::array<bool, 256> tails{};
  for (int byte = 0xA0; byte <= 0xBC; ++byte)
    tails[byte] = byte != 0xA7 && byte != 0xB1 && byte != 0xB7;
  return tails;
}();

bool IsVowel(std::string_view word, size_t i) {
  switch (kByteKinds[static_cast<unsigned char>(word[i])]) {
    case kVowelByte:
      return true;
    case kY:
      // A leading "y" is a consonant ("yes"); elsewhere it is a vowel ("family").
      return i > 0;
    case kLatin1Lead:
      return i + 1 < word.size() && kLatin1VowelTails[static_cast<unsigned char>(word[i + 1])];
    default:
      return false;
  }
}

// The vowel groups of `word`, without a branch on each letter: vowels and
// consonants alternate in no pattern a branch predictor can learn. An ASCII
// word of up to 64 bytes becomes a bit mask of its vowels, whose groups are
// the vowels not preceded by one.
int CountVowelGroups(std::string_view word) {
  if (!word.empty() && word.size() <= 64) {
    uint64_t vowels = 0;
    unsigned high = 0;
    for (size_t i = 0; i < word.size(); ++i) {
      ByteKind kind = kByteKinds[static_cast<unsigned char>(word[i])];
      vowels |= static_cast<uint64_t>((kind == kVowelByte) | (kind == kY)) << i;
      high |= static_cast<unsigned char>(word[i]) & 0x80;
    }
    if (high == 0) {
      if (word[0] == 'y') vowels &= ~uint64_t{1};
      int groups = 0;
      // A word has a few groups; clearing bits beats a library popcount call.
      for (uint64_t starts = vowels & ~(vowels << 1); starts != 0; starts &= starts - 1) ++groups;
      return groups;
    }
  }
  int groups = 0;
  bool in_vowels = false;
  for (size_t i = 0; i < word.size(); ++i) {
    ByteKind kind = kByteKinds[static_cast<unsigned char>(word[i])];
    // A continuation byte belongs to the letter before it.
    bool vowel = kind == kContinuation ? in_vowels : IsVowel(word, i);
    groups += vowel & !in_vowels;
    in_vowels = vowel;
  }
  return groups;
}

bool IsConsonantAt(std::string_view word, size_t i) {
  ByteKind kind = kByteKinds[static_cast<unsigned char>(word[i])];
  return kind == kConsonantByte || (kind == kY && i == 0);
}

// Whether `word` ends in the two letters `a`, `b`; inline, as it runs for every word.
inline bool EndsWith(std::string_view word, char a, char b) {
  size_t n = word.size();
  return n >= 2 && word[n - 2] == a && word[n - 1] == b;
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
  if (EndsWith(word, '\'', 's')) word.remove_suffix(2);
  while (!word.empty() && word.back() == '\'') word.remove_suffix(1);
  int groups = CountVowelGroups(word);
  size_t n = word.size();
  // Silent endings: the "e" of "make", the "ed" of "pushed", the "es" of "makes";
  // but not "table", "wanted" or "houses", where they are sounded.
  if (groups > 1 && n > 2 && word[n - 1] == 'e' && IsConsonantAt(word, n - 2) &&
      !(word[n - 2] == 'l' && IsConsonantAt(word, n - 3))) {
    --groups;
  } else if (groups > 1 && n > 3 && EndsWith(word, 'e', 'd') && IsConsonantAt(word, n - 3) &&
             word[n - 3] != 't' && word[n - 3] != 'd') {
    --groups;
  } else if (groups > 1 && n > 3 && EndsWith(word, 'e', 's') && IsConsonantAt(word, n - 3) &&
             std::string_view("sxzcg").find(word[n - 3]) == std::string_view::npos &&
             word[n - 3] != 'h') {
    --groups;
  }
  return std::max(1, groups);
}

bool MayEndSentence(std::string_view gap) {
  for (size_t i = 0; i < gap.size();) {
    unsigned char byte = static_cast<unsigned char>(gap[i]);
    if (byte < 0x80) {
      if (byte == '.' || byte == '!' || byte == '?' || byte == '\n' || byte == '\r') return true;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(gap.data(), i, gap.size(), c);
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
      case U_SB_ATERM:
      case U_SB_STERM:
      case U_SB_SEP:
      case U_SB_CR:
      case U_SB_LF:
        return true;
      default:
        break;
    }
  }
  return false;
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
  return std::unique_ptr<ReadabilityMeter>(
      new ReadabilityMeter(std::move(sentences), SentenceAbbreviations::ForLanguage(language)));
}

ReadabilityMeter::ReadabilityMeter(std::unique_ptr<icu::BreakIterator> sentences,
                                   SentenceAbbreviations abbreviations)
    : sentences_(std::move(sentences)), abbreviations_(std::move(abbreviations)) {
  Reset({}, 0);
}

void ReadabilityMeter::Reset(std::string_view text, int long_sentence_words) {
  text_ = text;
  last_word_ = {};
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

// 1 or 0 when the gap between two words settles it, -1 when ICU must say.
int ReadabilityMeter::SettledWithoutIcu(const Token& before, const Token& after) const {
  std::string_view gap = text_.substr(before.end, after.begin - before.end);
  if (gap.size() != 2 || gap[1] != ' ') return -1;
  char first = text_[after.begin], last = text_[before.end - 1];
  bool small = first >= 'a' && first <= 'z', capital = first >= 'A' && first <= 'Z';
  bool letter_before = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z');
  if (gap[0] == '.' && small) return 0;
  if ((gap[0] == '?' || gap[0] == '!') && (small || capital) && abbreviations_.AllEndInFullStop()) {
    return 1;
  }
  if (gap[0] == '.' && capital && letter_before &&
      !abbreviations_.EndsText(text_.substr(0, before.end + 1))) {
    return 1;
  }
  return -1;
}

bool ReadabilityMeter::SentenceEndsBetween(const Token& before, const Token& after) {
  // The window goes to ICU as UTF-16: a UTF-8 UText carries a conversion
  // buffer that the "Mr." filter copies on every call, and ICU reads UTF-16
  // without converting. Offsets of interest are noted on the way.
  window16_.clear();
  int32_t gap_begin = 0, gap_end = 0;
  // From the word before, or as far back as the longest abbreviation reaches
  // ("av. J.-C." in French spans words), on a character boundary.
  size_t start =
      std::min(before.begin, before.end - std::min(before.end, abbreviations_.longest()));
  while (start > 0 && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
  for (size_t i = start; i < after.end;) {
    if (i == before.end) gap_begin = static_cast<int32_t>(window16_.size());
    if (i == after.begin) gap_end = static_cast<int32_t>(window16_.size());
    UChar32 c;
    U8_NEXT(text_.data(), i, after.end, c);
    if (c < 0) c = 0xFFFD;
    if (c <= 0xFFFF) {
      window16_ += static_cast<char16_t>(c);
    } else {
      window16_ += static_cast<char16_t>(U16_LEAD(c));
      window16_ += static_cast<char16_t>(U16_TRAIL(c));
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  window_.adoptInstead(utext_openUChars(window_.orphan(), window16_.data(),
                                        static_cast<int64_t>(window16_.size()), &status));
  sentences_->setText(window_.getAlias(), status);
  if (U_FAILURE(status)) return true;
  // The window's own end is always a boundary, so only one before the next word counts.
  int32_t boundary = sentences_->following(gap_begin);
  return boundary != icu::BreakIterator::DONE && boundary <= gap_end;
}

void ReadabilityMeter::AddWord(const Token& token, std::string_view folded) {
  if (token.kind != TokenKind::kWord) return;
  if (first_word_ == SIZE_MAX) {
    first_word_ = token.begin;
  } else if (MayEndSentence(text_.substr(last_word_.end, token.begin - last_word_.end))) {
    int settled = SettledWithoutIcu(last_word_, token);
    if (settled == 1 || (settled == -1 && SentenceEndsBetween(last_word_, token))) CloseSentence();
  }
  last_word_ = token;
  if (current_.words == 0) current_.begin = token.begin;
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
