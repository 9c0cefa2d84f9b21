#include "language/readability.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "language/plain_language_checker.h"
#include "language_fixture.h"
#include "test_paths.h"

namespace sdgen {
namespace {

using testing::CompiledDictionary;
using testing::kSmallDictionary;
using testing::LineColumnOf;
using testing::WholeFileText;

Readability Measure(const std::string& text) {
  std::string error;
  auto tokenizer = WordTokenizer::Create("en-GB", &error);
  auto folder = TokenFolder::Create(&error);
  auto meter = ReadabilityMeter::Create("en-GB", &error);
  REQUIRE(meter);
  return MeasureReadability(text, *tokenizer, *folder, *meter);
}

TEST_CASE("syllables are estimated from vowel groups and silent endings") {
  CHECK(EstimateSyllables("the") == 1);
  CHECK(EstimateSyllables("cat") == 1);
  CHECK(EstimateSyllables("make") == 1);
  CHECK(EstimateSyllables("makes") == 1);
  CHECK(EstimateSyllables("pushed") == 1);
  CHECK(EstimateSyllables("wanted") == 2);
  CHECK(EstimateSyllables("houses") == 2);
  CHECK(EstimateSyllables("table") == 2);
  CHECK(EstimateSyllables("agreed") == 2);
  CHECK(EstimateSyllables("yes") == 1);
  CHECK(EstimateSyllables("family") == 3);
  CHECK(EstimateSyllables("everyone") == 3);
  CHECK(EstimateSyllables("children's") == 2);
  CHECK(EstimateSyllables("important") == 3);
  CHECK(EstimateSyllables("si\xC3\xA2n") == 1);
  CHECK(EstimateSyllables("caf\xC3\xA9") == 2);
  CHECK(EstimateSyllables("x") == 1);
}

// Hand-computed: 2 sentences, 14 words, 14 syllables.
//   reading ease = 206.835 - 1.015 * 14/2 - 84.6 * 14/14 = 115.13
//   grade        = 0.39 * 7 + 11.8 * 1 - 15.59            = -1.06, so reading age 5 (the floor)
TEST_CASE("readability of short, one-syllable sentences") {
  Readability r = Measure("The cat sat on the mat. The dog ran to the big red ball.");
  CHECK(r.sentences == 2);
  CHECK(r.words == 14);
  CHECK(r.syllables == 14);
  CHECK(r.FleschReadingEase() == Approx(115.13));
  CHECK(r.FleschKincaidGrade() == Approx(-1.06));
  CHECK(r.ReadingAge() == Approx(5.0));
}

// Hand-computed, syllables per word in brackets:
//   The(1) social(2) worker(2) will(1) visit(2) the(1) family(3) tomorrow(3) afternoon(3).
//   Everyone(3) agreed(2) the(1) children's(2) health(1) is(1) important(3).
//   2 sentences, 16 words, 31 syllables.
//   reading ease = 206.835 - 1.015 * 16/2 - 84.6 * 31/16 = 206.835 - 8.12 - 163.9125 = 34.8025
//   grade        = 0.39 * 8 + 11.8 * 31/16 - 15.59    = 3.12 + 22.8625 - 15.59    = 10.3925
//   reading age  = 10.3925 + 5 = 15.3925
TEST_CASE("readability of a professional's sentences") {
  Readability r = Measure(
      "The social worker will visit the family tomorrow afternoon. "
      "Everyone agreed the children's health is important.");
  CHECK(r.sentences == 2);
  CHECK(r.words == 16);
  CHECK(r.syllables == 31);
  CHECK(r.FleschReadingEase() == Approx(34.8025));
  CHECK(r.FleschKincaidGrade() == Approx(10.3925));
  CHECK(r.ReadingAge() == Approx(15.3925));
}

TEST_CASE("numbers are not words, and titles do not end sentences") {
  Readability r = Measure("Mr. Ellis will visit at 3 pm on 20 May.");
  CHECK(r.sentences == 1);
  CHECK(r.words == 8);
}

// What the meter must agree with: every sentence boundary from a full pass of
// ICU's sentence iterator, then the words of each sentence counted.
std::vector<int> WordsPerSentenceByFullPass(const std::string& text,
                                            const std::string& language = "en-GB") {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(language, status);
  locale.setKeywordValue("ss", "standard", status);
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(locale, status));
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  sentences->setText(utext.getAlias(), status);
  REQUIRE(U_SUCCESS(status));
  std::string error;
  auto tokenizer = WordTokenizer::Create(language, &error);
  tokenizer->Reset(text);
  std::vector<int> words;
  int32_t sentence_end = 0;
  Token token;
  while (tokenizer->NextWord(&token)) {
    if (token.kind != TokenKind::kWord) continue;
    if (static_cast<int32_t>(token.begin) >= sentence_end) {
      sentence_end = sentences->following(static_cast<int32_t>(token.begin));
      if (sentence_end == icu::BreakIterator::DONE) sentence_end = INT32_MAX;
      words.push_back(0);
    }
    ++words.back();
  }
  return words;
}

// The same figures from the meter, which asks ICU only about gaps that may end a sentence.
std::vector<int> WordsPerSentenceByMeter(const std::string& text,
                                         const std::string& language = "en-GB") {
  std::string error;
  auto tokenizer = WordTokenizer::Create(language, &error);
  auto folder = TokenFolder::Create(&error);
  auto meter = ReadabilityMeter::Create(language, &error);
  meter->Reset(text, 0);
  tokenizer->Reset(text);
  Token token;
  while (tokenizer->NextWord(&token)) {
    meter->AddWord(token, folder->Fold(text.substr(token.begin, token.end - token.begin)));
  }
  meter->Finish();
  std::vector<int> words;
  for (const SentenceSpan& sentence : meter->long_sentences()) words.push_back(sentence.words);
  return words;
}

std::string FileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("sentences are the ones a full ICU sentence pass finds") {
  const char* const tricky[] = {
      "Mr. Ellis came. Dr. Shah did not!",
      "She said \"stop.\" Then he left.",
      "Is it safe? Yes. No!! Maybe?! Then...",
      "The U.S. office called. e.g. the nurse. It was 3.5 cm.",
      "Heading\n\nA paragraph with no stop\nand a line\r\nbreak",
      "(He left.) She stayed. \u2018Why?\u2019 he asked.",
      "End of one.Start of two. a lower start. 5. Numbered item",
      "A full stop\u3002 Then a Japanese one\uff0e and an ellipsis\u2026 done\u2024 really",
      "Line\u2028separator and paragraph\u2029separator and next\u0085line",
      // Gaps the meter settles without ICU, next to ICU's abbreviations.
      "He is at the Dept. Of Health. We met Ph.D. Smith and the Ph. D. student.",
      "Go. Now we stop. Is. This a test? Yes! no. Maybe. and so on.",
      "A. B. C. The bus. The U.S. Army. Mrs. Ellis. Mrs Ellis. THE END. Next",
      "Ok.  Two spaces. Wait?  Then!  Go.",
  };
  for (const char* text : tricky) {
    INFO(text);
    CHECK(WordsPerSentenceByMeter(text) == WordsPerSentenceByFullPass(text));
  }
  // French abbreviations span words ("av. J.-C."), and Welsh has none of its own.
  const char* const french =
      "Il est né en 52 av. J.-C. Puis il part. Les trav. publ. Suite. M. Dupont arrive. Fin.";
  CHECK(WordsPerSentenceByMeter(french, "fr-FR") == WordsPerSentenceByFullPass(french, "fr-FR"));
  const char* const welsh = "Mae Mr. Jones yma. Bore da. Diolch!";
  CHECK(WordsPerSentenceByMeter(welsh, "cy-GB") == WordsPerSentenceByFullPass(welsh, "cy-GB"));
  // Real prose: the practice documents beside the project, and every fixture's XML.
  std::vector<std::filesystem::path> files;
  for (const char* folder : {"seeds"}) {
    for (const auto& entry : std::filesystem::directory_iterator(test::SharedPath(folder))) {
      files.push_back(entry.path());
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(test::SourcePath("fixtures"))) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  REQUIRE(files.size() > 10);
  for (const auto& path : files) {
    INFO(path.string());
    std::string text = FileText(path.string());
    CHECK(WordsPerSentenceByMeter(text) == WordsPerSentenceByFullPass(text));
  }
}

TEST_CASE("an empty text has no scores") {
  Readability r = Measure(" \n ");
  CHECK(r.words == 0);
  CHECK(r.FleschReadingEase() == 0);
  CHECK(r.ReadingAge() == Approx(5.0));
}

TEST_CASE("family text above the target reading age is reported at its first word") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("letter.txt",
                  "  The social worker will visit the family tomorrow afternoon. "
                  "Everyone agreed the children's health is important.");
  DiagnosticList diagnostics;
  std::string error;
  auto checker = PlainLanguageChecker::Create(compiled.dictionary, {}, diagnostics, &error);
  Readability r =
      checker->CheckText(WholeFileText(file, Share::kFamily), Readership::kFamily, diagnostics);
  CHECK(r.words == 16);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& d = diagnostics.all()[0];
  CHECK(LineColumnOf(d.where) == "1:3");
  CHECK(d.rule == "PL010");
  CHECK(d.message == "this text needs a reading age of 15.4 years; the target is 9.0");
  CHECK(d.suggestion == "use shorter sentences and everyday words (Flesch reading ease 34.8)");

  // The same text for professionals gets no readability check at all.
  DiagnosticList professional;
  checker->CheckText(WholeFileText(file, Share::kProfessionals), Readership::kProfessionals,
                     professional);
  CHECK(professional.all().empty());
}

TEST_CASE("a family sentence over 25 words is flagged at its first word") {
  CompiledDictionary compiled(kSmallDictionary);
  std::string sentence;
  for (int i = 0; i < 26; ++i) sentence += i ? " cat" : "A";
  SourceFile file("letter.txt", "We met. " + sentence + ". The end is near and it is short.");
  DiagnosticList diagnostics;
  std::string error;
  CheckOptions options;
  options.reading_age_target = 100;
  auto checker = PlainLanguageChecker::Create(compiled.dictionary, options, diagnostics, &error);
  checker->CheckText(WholeFileText(file, Share::kFamily), Readership::kFamily, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(LineColumnOf(diagnostics.all()[0].where) == "1:9");
  CHECK(diagnostics.all()[0].rule == "PL011");
  CHECK(diagnostics.all()[0].message ==
        "this sentence has 26 words; family text keeps to 25 or fewer");
}

}  // namespace
}  // namespace sdgen
