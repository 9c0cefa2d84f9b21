#include "checks/folded_words.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>

namespace sdgen {
namespace {

// Letters with no decomposition into a base letter and a mark, folded by
// hand, so that a name typed without its accents still matches ("Lucja").
// (ICU's Latin-ASCII transliterator does this too, but making one costs a
// build a third of its time: ICU registers every transliterator first.)
struct LetterFold {
  UChar32 letter;
  const char* plain;
};
constexpr LetterFold kLetterFolds[] = {
    {0x0141, "l"}, {0x0142, "l"}, {0x00D8, "o"}, {0x00F8, "o"},  {0x0110, "d"}, {0x0111, "d"},
    {0x00DF, "ss"}, {0x00C6, "ae"}, {0x00E6, "ae"}, {0x0152, "oe"}, {0x0153, "oe"},
    {0x00DE, "th"}, {0x00FE, "th"}, {0x0131, "i"},  {0x0126, "h"},  {0x0127, "h"}};

}  // namespace

// NFD, then the marks dropped and the letters above folded.
std::string WithoutAccents(const std::string& folded, const icu::Normalizer2& nfd) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd.normalize(icu::UnicodeString::fromUTF8(folded), status);
  if (U_FAILURE(status)) return folded;
  std::string plain;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    const LetterFold* fold = std::find_if(std::begin(kLetterFolds), std::end(kLetterFolds),
                                          [&](const LetterFold& f) { return f.letter == c; });
    if (fold != std::end(kLetterFolds)) {
      plain += fold->plain;
    } else {
      icu::UnicodeString one(c);
      one.toUTF8String(plain);
    }
  }
  return plain;
}

namespace {

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
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || !nfd) {
    *error = std::string("cannot load ICU's decomposition data: ") + u_errorName(status);
    return nullptr;
  }
  return std::unique_ptr<WordFolder>(new WordFolder(std::move(tokenizer), std::move(case_folder), *nfd));
}

WordFolder::WordFolder(std::unique_ptr<WordTokenizer> tokenizer,
                       std::unique_ptr<TokenFolder> case_folder, const icu::Normalizer2& nfd)
    : tokenizer_(std::move(tokenizer)), case_folder_(std::move(case_folder)), nfd_(nfd) {}

std::string WordFolder::Fold(std::string_view word) {
  std::string folded(case_folder_->Fold(word));
  if (!IsAscii(folded)) folded = WithoutAccents(folded, nfd_);
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
