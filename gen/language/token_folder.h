#pragma once

// Turns a token into the form the dictionary is keyed by: ICU case folding and
// NFKC (one NFKC_Casefold pass), with curly apostrophes made straight, so that
// "LADO", "lado" and "Lado" — or "child’s" and "child's" — are one key.

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <string_view>

namespace sdgen {

/// Folds tokens into a buffer it reuses, so folding allocates only for long words.
class TokenFolder {
 public:
  /// A folder; null with `error` set if ICU's normalisation data is missing.
  static std::unique_ptr<TokenFolder> Create(std::string* error);

  /// The folded form of `token`: `token` itself if folding leaves it as it is,
  /// otherwise a view valid until the next call.
  std::string_view Fold(std::string_view token) {
    // Inline, as every word comes here: most are lowercase ASCII, which folding
    // leaves as it is. One pass without early exits, so it compiles branch-free.
    unsigned high = 0, upper = 0;
    for (char c : token) {
      unsigned char byte = static_cast<unsigned char>(c);
      high |= byte & 0x80;
      upper |= static_cast<unsigned char>(byte - 'A') < 26;
    }
    return (high | upper) == 0 ? token : FoldChanged(token);
  }

 private:
  explicit TokenFolder(const icu::Normalizer2* nfkc_casefold);
  std::string_view FoldChanged(std::string_view token);

  const icu::Normalizer2* nfkc_casefold_;  // owned by ICU
  icu::UnicodeString source_;
  icu::UnicodeString folded_;
  std::string out_;
};

}  // namespace sdgen
