#include "language/token_folder.h"

namespace sdgen {
namespace {

// Characters used as apostrophes inside words; ICU keeps all of them inside
// the word, so "child’s" and "child's" differ only here.
bool IsApostrophe(char16_t c) { return c == u'\u2019' || c == u'\u2018' || c == u'\u02BC'; }

// Lowercases ASCII and Latin-1 letters and straightens apostrophes, which is
// all that NFKC_Casefold does to text made only of them; false for any other
// character (or for "ß", which folds to "ss"), which ICU must then fold.
bool FoldLatin1(std::string_view token, std::string& out) {
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    unsigned char next = i + 1 < token.size() ? static_cast<unsigned char>(token[i + 1]) : 0;
    if (c < 0x80) {
      out += static_cast<char>(static_cast<unsigned char>(c - 'A') < 26 ? c + 32 : c);
    } else if (c == 0xC3 && next >= 0x80 && next <= 0xBF && next != 0x9F) {
      // U+00C0-U+00DE (but U+00D7, the multiplication sign) are capitals.
      out += static_cast<char>(c);
      out += static_cast<char>(next <= 0x9E && next != 0x97 ? next + 0x20 : next);
      ++i;
    } else if (c == 0xE2 && next == 0x80 && i + 2 < token.size() &&
               (token[i + 2] == '\x98' || token[i + 2] == '\x99')) {
      out += '\'';
      i += 2;
    } else if (c == 0xCA && next == 0xBC) {
      out += '\'';
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

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

// A token with capitals or non-ASCII characters.
std::string_view TokenFolder::FoldChanged(std::string_view token) {
  out_.clear();
  if (FoldLatin1(token, out_)) return out_;
  out_.clear();
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
