#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "language/plain_language_checker.h"
#include "language_fixture.h"
#include "test_paths.h"

namespace sdgen {
namespace {

std::string ReadShipped() {
  std::ifstream in(test::SourcePath("styles/default/dictionary.xml"));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("the default dictionary loads without a single diagnostic") {
  testing::CompiledDictionary compiled(ReadShipped());
  for (const Diagnostic& d : compiled.diagnostics.all()) {
    INFO(testing::LineColumnOf(d.where) << " " << d.message);
    CHECK(false);
  }
  CHECK(compiled.dictionary.entries().size() >= 200);
}

TEST_CASE("every term the issue names is in the default dictionary with an explanation") {
  testing::CompiledDictionary compiled(ReadShipped());
  const char* named[] = {"MASH",
                         "LADO",
                         "s47",
                         "S.47",
                         "Section 47",
                         "s17",
                         "RAG",
                         "CIN",
                         "CP",
                         "CPP",
                         "ICPC",
                         "RCPC",
                         "PLO",
                         "TAF",
                         "EHA",
                         "DSL",
                         "EDT",
                         "CSE",
                         "CCE",
                         "DA",
                         "LAC",
                         "CLA",
                         "PR",
                         "significant harm",
                         "threshold",
                         "disguised compliance",
                         "safeguarding",
                         "chaotic",
                         "controlling",
                         "in denial",
                         "non-compliant",
                         "manipulative",
                         "hostile",
                         "aggressive",
                         "an alcoholic"};
  for (const char* term : named) {
    INFO(term);
    uint32_t entry = compiled.dictionary.Find(term, *compiled.tokenizer, *compiled.folder);
    REQUIRE(entry != TermDictionary::kNone);
    CHECK(!compiled.dictionary.entries()[entry].explanation.empty());
    CHECK(!compiled.dictionary.entries()[entry].plain.empty());
  }
}

TEST_CASE("the default dictionary gives the issue's wording for LADO") {
  testing::CompiledDictionary compiled(ReadShipped());
  SourceFile file("letter.txt", "We asked the LADO.");
  DiagnosticList diagnostics;
  std::string error;
  auto checker = PlainLanguageChecker::Create(compiled.dictionary, {}, diagnostics, &error);
  checker->CheckText(testing::WholeFileText(file, Share::kProfessionals), Readership::kProfessionals,
                     diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "'LADO' is jargon; say 'the person at the council who looks into concerns about adults "
        "who work with children'");
}

}  // namespace
}  // namespace sdgen
