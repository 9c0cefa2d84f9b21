// Terms families must learn (dictionary learn="yes"): not reported where the
// text explains them in the same sentence, or where the document's glossary does.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "language/plain_language_checker.h"
#include "language_fixture.h"

namespace sdgen {
namespace {

using testing::CompiledDictionary;
using testing::LineColumnOf;
using testing::WholeFileText;

const char* kLearnDictionary = R"(<dictionary format="1">
  <entry term="S47" category="acronym">
    <variant>section 47</variant>
    <variant learn="yes">section 47 enquiry</variant>
    <plain>a child protection enquiry</plain>
    <explanation>A section 47 enquiry finds out if a child has been harmed.</explanation>
  </entry>
  <entry term="core group" category="jargon" learn="yes">
    <plain>the family and the main workers</plain>
    <explanation>The core group is the family and the main workers.</explanation>
  </entry>
  <entry term="LADO" category="acronym">
    <plain>the council's officer for allegations</plain>
    <explanation>The LADO looks into worries about adults who work with children.</explanation>
  </entry>
</dictionary>
)";

std::vector<std::string> Findings(const std::string& letter, std::vector<uint32_t> glossary = {}) {
  CompiledDictionary compiled(kLearnDictionary);
  REQUIRE(compiled.diagnostics.all().empty());
  SourceFile file("letter.txt", letter);
  DiagnosticList diagnostics;
  std::string error;
  auto checker = PlainLanguageChecker::Create(compiled.dictionary, {}, diagnostics, &error);
  REQUIRE(checker);
  checker->SetGlossary(std::move(glossary));
  checker->CheckTerms(WholeFileText(file, Share::kFamily), Readership::kFamily, diagnostics);
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics.all())
    lines.push_back(LineColumnOf(d.where) + " " + d.message + " | " + d.suggestion);
  return lines;
}

TEST_CASE("a must-learn term explained in the same sentence is not an error") {
  CHECK(Findings("A section 47 enquiry is when we find out if a child has been hurt.\n").empty());
  CHECK(Findings("We will start a section 47 enquiry (this means we find out if Kai was hurt).\n")
            .empty());
  CHECK(Findings("The core group means you and the workers who meet each month.\n").empty());
}

TEST_CASE("a must-learn term that is only used, not explained, is an error") {
  CHECK(Findings("If a section 47 enquiry is needed we will tell you.\n").size() == 1);
}

TEST_CASE("a must-learn term explained only in another sentence is still an error") {
  CHECK(Findings("We will start a section 47 enquiry. (This means we find out what happened.)\n") ==
        std::vector<std::string>{
            "1:17 'section 47 enquiry' is jargon; say 'a child protection enquiry' | families "
            "must learn 'section 47 enquiry': explain it in the same sentence, as in 'section 47 "
            "enquiry (this means …)', or print the document's glossary"});
}

TEST_CASE("the glossary explains a must-learn term for the whole document") {
  CHECK(Findings("We will start a section 47 enquiry.\n", {0}).empty());
  // Only the spellings marked to learn: "section 47" alone is still jargon.
  CHECK(Findings("Under section 47 we will look into it.\n", {0}).size() == 1);
}

TEST_CASE("an explained term families need not learn is still an error") {
  CHECK(Findings("The LADO (this means the council's officer) will call.\n").size() == 1);
  CHECK(Findings("The LADO is the council's officer for allegations.\n").size() == 1);
}

TEST_CASE("learn must be yes or no") {
  CompiledDictionary compiled(R"(<dictionary format="1">
  <entry term="core group" category="jargon" learn="maybe">
    <plain>p</plain><explanation>e</explanation>
  </entry>
</dictionary>)");
  REQUIRE(compiled.diagnostics.all().size() == 1);
  CHECK(compiled.diagnostics.all()[0].message == "unknown learn 'maybe'");
  CHECK(compiled.dictionary.entries().empty());
}

}  // namespace
}  // namespace sdgen
