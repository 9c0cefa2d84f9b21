#pragma once

// Splits text into words with ICU's word break rules, reading the caller's
// UTF-8 in place (no UTF-16 copy), so token offsets are byte offsets into it.

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace sdgen {

/// What ICU's rule status says a token is.
enum class TokenKind { kWord, kNumber, kOther };

/// One token: the bytes [begin, end) of the text being split.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  TokenKind kind = TokenKind::kOther;
};

/// Words, numbers and everything between them, in text order.
class WordTokenizer {
 public:
  /// A tokenizer for a BCP 47 `language` ("en-GB"); null with `error` set if ICU has none.
  static std::unique_ptr<WordTokenizer> Create(const std::string& language, std::string* error);

  /// Starts over on `text`, which must stay alive while tokens are read.
  void Reset(std::string_view text);
  /// The next word or number (punctuation and spaces are skipped); false at the end.
  bool NextWord(Token* token);

 private:
  explicit WordTokenizer(std::unique_ptr<icu::BreakIterator> words);

  std::unique_ptr<icu::BreakIterator> words_;
  icu::LocalUTextPointer text_;
  int32_t start_ = 0;
};

}  // namespace sdgen
