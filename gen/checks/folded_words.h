#pragma once

// Words folded for matching names. ICU's word breaks (language/word_tokenizer),
// then NFKC and case folding (language/token_folder), then accents removed and
// a trailing 's dropped, so "Siân’s", "SIAN" and "sian" are one word. Offsets
// stay byte offsets into the text, so a match can point at its exact place.

#include <unicode/normalizer2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/token_folder.h"
#include "language/word_tokenizer.h"

namespace sdgen {

/// `text` with its accents removed (NFD, marks dropped) and the Latin letters
/// that do not decompose spelt plainly ("Łucja" -> "lucja", "ß" -> "ss"); other
/// scripts are left as they are.
std::string WithoutAccents(const std::string& text, const icu::Normalizer2& nfd);

/// One word or number of a text: its folded form and the bytes [begin, end) it came from.
struct FoldedWord {
  std::string folded;
  size_t begin = 0;
  size_t end = 0;
};

/// Splits and folds text; keeps its ICU objects between calls.
class WordFolder {
 public:
  /// A folder for a BCP 47 `language`; null with `error` set if ICU's data is missing.
  static std::unique_ptr<WordFolder> Create(const std::string& language, std::string* error);

  /// The words and numbers of `text`, folded, in text order.
  std::vector<FoldedWord> Words(std::string_view text);
  /// One word folded the way Words folds each word.
  std::string Fold(std::string_view word);

 private:
  WordFolder(std::unique_ptr<WordTokenizer> tokenizer, std::unique_ptr<TokenFolder> case_folder,
             const icu::Normalizer2& nfd);

  std::unique_ptr<WordTokenizer> tokenizer_;
  std::unique_ptr<TokenFolder> case_folder_;
  const icu::Normalizer2& nfd_;  ///< ICU's own, never deleted
};

}  // namespace sdgen
