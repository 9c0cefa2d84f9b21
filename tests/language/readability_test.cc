#include "language/readability.h"

#include <catch2/catch.hpp>
#include <string>

#include "language/plain_language_checker.h"
#include "language_fixture.h"

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
