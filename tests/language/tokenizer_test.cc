#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "language/token_folder.h"
#include "language/word_tokenizer.h"

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

}  // namespace
}  // namespace sdgen
