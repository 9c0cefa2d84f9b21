#pragma once

// Readability of one text block: the words the caller's word pass already
// found, ICU sentence segmentation, estimated syllables, and from them Flesch
// reading ease and a reading age. The maths is in docs/plain-language.md.
//
// Sentences ride on the word pass instead of a second pass over the text:
// under Unicode's sentence rules (UAX #29) a sentence can only end after a
// terminator (. ! ? and the like) or a paragraph separator, so between two
// words with neither in the gap there is no boundary. Only the gaps that have
// one are shown to ICU's sentence iterator, as a window from the word before
// to the word after, which is all its rules (and the "Mr." exceptions) read.
// The commonest gaps are settled by the rules themselves first: ". " before
// a small letter never ends a sentence (UAX #29 rule SB8), and ". " before a
// capital, or "? " and "! ", always do (SB11), unless ICU's abbreviations
// (SentenceAbbreviations) could apply.

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/sentence_abbreviations.h"
#include "language/token_folder.h"
#include "language/word_tokenizer.h"

namespace sdgen {

/// The counts of a text, and the scores computed from them.
struct Readability {
  int sentences = 0;  ///< sentences holding at least one word
  int words = 0;      ///< letter words; numbers are not counted
  int syllables = 0;

  /// 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words); 0 for no words.
  double FleschReadingEase() const;
  /// 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59; 0 for no words.
  double FleschKincaidGrade() const;
  /// The UK reading age in years: the US grade plus 5, and never below 5.
  double ReadingAge() const;
};

/// The syllables of a folded (lowercase) English word, estimated from vowel groups.
int EstimateSyllables(std::string_view folded_word);

/// A sentence of a text, by its first word.
struct SentenceSpan {
  size_t begin = 0;  ///< byte offset of its first word
  int words = 0;
};

/// True if `gap`, the text between two words, holds a character after which
/// Unicode's sentence rules may put a boundary (a terminator or a separator).
bool MayEndSentence(std::string_view gap);

/// Counts sentences, words and syllables while the caller's word pass feeds it.
class ReadabilityMeter {
 public:
  /// A meter for a BCP 47 `language`; null with `error` set if ICU has no sentence rules.
  static std::unique_ptr<ReadabilityMeter> Create(const std::string& language, std::string* error);

  /// Starts on `text`; sentences of more than `long_sentence_words` words are kept.
  void Reset(std::string_view text, int long_sentence_words);
  /// Counts one word token of the text, given in text order with its folded form.
  void AddWord(const Token& token, std::string_view folded);
  /// Closes the last sentence and returns the text's counts.
  const Readability& Finish();
  /// Sentences longer than the limit given to Reset, in text order.
  const std::vector<SentenceSpan>& long_sentences() const { return long_sentences_; }
  /// The byte offset of the text's first word, or SIZE_MAX if it has none.
  size_t first_word() const { return first_word_; }

 private:
  ReadabilityMeter(std::unique_ptr<icu::BreakIterator> sentences,
                   SentenceAbbreviations abbreviations);
  int SettledWithoutIcu(const Token& before, const Token& after) const;
  bool SentenceEndsBetween(const Token& before, const Token& after);
  void CloseSentence();

  std::unique_ptr<icu::BreakIterator> sentences_;
  SentenceAbbreviations abbreviations_;
  std::u16string window16_;  // reused for every gap shown to ICU
  icu::LocalUTextPointer window_;
  std::string_view text_;
  Token last_word_;
  SentenceSpan current_;
  int long_sentence_words_ = 0;
  size_t first_word_ = SIZE_MAX;
  Readability counts_;
  std::vector<SentenceSpan> long_sentences_;
};

/// The readability of a whole text, for callers that want only the figures.
Readability MeasureReadability(std::string_view text, WordTokenizer& tokenizer, TokenFolder& folder,
                               ReadabilityMeter& meter);

}  // namespace sdgen
