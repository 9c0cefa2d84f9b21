#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "language/token_folder.h"
#include "language/word_tokenizer.h"
#include "test_paths.h"

namespace sdgen {
namespace {

std::vector<std::string> Words(const std::string& text, std::vector<TokenKind>* kinds = nullptr) {
  std::string error;
  auto tokenizer = WordTokenizer::Create("en-GB", &error);
  REQUIRE(tokenizer);
  tokenizer->Reset(text);
  std::vector<std::string> words;
  Token token;
  while (tokenizer->NextWord(&token)) {
    words.push_back(text.substr(token.begin, token.end - token.begin));
    if (kinds) kinds->push_back(token.kind);
  }
  return words;
}

TEST_CASE("words and numbers are told apart by ICU rule status, punctuation skipped") {
  std::vector<TokenKind> kinds;
  CHECK(Words("Kai (6) said: \"no\".", &kinds) ==
        std::vector<std::string>{"Kai", "6", "said", "no"});
  CHECK(kinds == std::vector<TokenKind>{TokenKind::kWord, TokenKind::kNumber, TokenKind::kWord,
                                        TokenKind::kWord});
}

TEST_CASE("hyphens split words and apostrophes stay inside them") {
  CHECK(Words("non-compliant child's") == std::vector<std::string>{"non", "compliant", "child's"});
  CHECK(Words("child\xE2\x80\x99s") == std::vector<std::string>{"child\xE2\x80\x99s"});
  CHECK(Words("S47 s.47") == std::vector<std::string>{"S47", "s", "47"});
}

TEST_CASE("token offsets are byte offsets into UTF-8 text") {
  std::string text = "Si\xC3\xA2n met \xC5\x81ucja";
  std::string error;
  auto tokenizer = WordTokenizer::Create("en-GB", &error);
  tokenizer->Reset(text);
  Token token;
  REQUIRE(tokenizer->NextWord(&token));
  CHECK(token.begin == 0);
  CHECK(token.end == 5);
  REQUIRE(tokenizer->NextWord(&token));
  REQUIRE(tokenizer->NextWord(&token));
  CHECK(token.begin == 10);
  CHECK(token.end == text.size());
}

TEST_CASE("a language without its own rules still tokenizes") {
  std::string error;
  auto tokenizer = WordTokenizer::Create("cy-GB", &error);
  REQUIRE(tokenizer);
  tokenizer->Reset("Bore da");
  Token token;
  CHECK(tokenizer->NextWord(&token));
}

TEST_CASE("folding: case, curly apostrophes and compatibility forms") {
  std::string error;
  auto folder = TokenFolder::Create(&error);
  REQUIRE(folder);
  CHECK(folder->Fold("LADO") == "lado");
  CHECK(folder->Fold("Child\xE2\x80\x99s") == "child's");
  CHECK(folder->Fold("Child\xE2\x80\x98s") == "child's");
  // Full-width "ＣＩＮ" and German sharp s fold as ICU's NFKC_Casefold says.
  CHECK(folder->Fold("\xEF\xBC\xA3\xEF\xBC\xA9\xEF\xBC\xAE") == "cin");
  CHECK(folder->Fold("STRASSE") == folder->Fold("Stra\xC3\x9F"
                                                "e"));
  CHECK(folder->Fold("SI\xC3\x82N") == "si\xC3\xA2n");
}

// The folder takes shortcuts for ASCII and Latin-1; each must give what ICU gives.
TEST_CASE("folding agrees with ICU's NFKC_Casefold for every BMP character in a word") {
  std::string error;
  auto folder = TokenFolder::Create(&error);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu_fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  REQUIRE(U_SUCCESS(status));
  int differ = 0;
  for (UChar32 c = 1; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    icu::UnicodeString word = icu::UnicodeString(u"Ab") + icu::UnicodeString(c) + u"Cd";
    std::string utf8;
    word.toUTF8String(utf8);
    bool apostrophe = c == 0x2019 || c == 0x2018 || c == 0x02BC;
    icu::UnicodeString expected_utf16 =
        icu_fold->normalize(apostrophe ? icu::UnicodeString(u"Ab'Cd") : word, status);
    std::string expected;
    expected_utf16.toUTF8String(expected);
    if (folder->Fold(utf8) != expected && differ++ < 5) FAIL_CHECK("U+" << std::hex << c);
  }
  CHECK(differ == 0);
}

// The tokens must be exactly those ICU's rule status marks as words or
// numbers, on every ASCII character and on real prose.
TEST_CASE("words are those ICU's rule status gives, on real prose") {
  std::string every_ascii;
  for (char c = 1; c < 0x7F; ++c) every_ascii += std::string(1, c) + "ab " + c + "5 " + c + " ";
  std::vector<std::string> texts = {"_id x_y 'tis \"quoted\" $5 \xC2\xA3" "12 #3 @me 3.5 e.g. U.S.A.",
                                    every_ascii};
  for (const auto& entry : std::filesystem::directory_iterator(test::SharedPath("seeds"))) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  REQUIRE(texts.size() > 3);
  std::string error;
  auto tokenizer = WordTokenizer::Create("en-GB", &error);
  for (const std::string& text : texts) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale("en", "GB"), status));
    icu::LocalUTextPointer utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    words->setText(utext.getAlias(), status);
    std::vector<std::pair<size_t, size_t>> expected, found;
    for (int32_t begin = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
         begin = end, end = words->next()) {
      if (words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) expected.emplace_back(begin, end);
    }
    tokenizer->Reset(text);
    Token token;
    while (tokenizer->NextWord(&token)) found.emplace_back(token.begin, token.end);
    CHECK(found.size() == expected.size());
    CHECK(found == expected);
  }
}

}  // namespace
}  // namespace sdgen
