#include "language/token_folder.h"

namespace sdgen {
namespace {

// Characters used as apostrophes inside words; ICU keeps all of them inside
// the word, so "child’s" and "child's" differ only here.
bool IsApostrophe(char16_t c) { return c == u'\u2019' || c == u'\u2018' || c == u'\u02BC'; }

}  // namespace

std::unique_ptr<TokenFolder> TokenFolder::Create(std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || !nfkc_casefold) {
    *error = std::string("cannot load ICU NFKC_Casefold data: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<TokenFolder>(new TokenFolder(nfkc_casefold));
}

TokenFolder::TokenFolder(const icu::Normalizer2* nfkc_casefold) : nfkc_casefold_(nfkc_casefold) {}

std::string_view TokenFolder::Fold(std::string_view token) {
  out_.clear();
  bool ascii = true;
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  // NFKC_Casefold of ASCII is plain lowercasing; most English text takes this path.
  if (ascii) {
    for (char c : token) out_ += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out_;
  }
  source_ = icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), token.size()));
  for (int32_t i = 0; i < source_.length(); ++i) {
    if (IsApostrophe(source_.charAt(i))) source_.setCharAt(i, u'\'');
  }
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_->normalize(source_, folded_, status);
  if (U_FAILURE(status)) folded_ = source_.foldCase();
  folded_.toUTF8String(out_);
  return out_;
}

}  // namespace sdgen
