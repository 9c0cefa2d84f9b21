#include "language/term_matcher.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "language_fixture.h"

namespace sdgen {
namespace {

using testing::CompiledDictionary;
using testing::kSmallDictionary;

// "TERM@begin-end" for each match, naming the entry by its headword.
std::vector<std::string> Find(CompiledDictionary& compiled, const std::string& text) {
  TermMatcher matcher(compiled.dictionary);
  matcher.Reset(text);
  compiled.tokenizer->Reset(text);
  Token token;
  while (compiled.tokenizer->NextWord(&token)) {
    matcher.AddWord(token,
                    compiled.folder->Fold(text.substr(token.begin, token.end - token.begin)));
  }
  matcher.Finish();
  std::vector<std::string> found;
  for (const TermMatch& match : matcher.matches()) {
    found.push_back(compiled.dictionary.entries()[match.entry].term + "@" +
                    std::to_string(match.begin) + "-" + std::to_string(match.end));
  }
  return found;
}

TEST_CASE("the small dictionary compiles cleanly") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(compiled.diagnostics.all().empty());
  CHECK(compiled.dictionary.entries().size() == 9);
}

TEST_CASE("a term is never found inside a longer word") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "We went to the CINEMA and the cinema.").empty());
  CHECK(Find(compiled, "LADOS, preLADO, thresholds").empty());
  CHECK(Find(compiled, "The CIN plan.") == std::vector<std::string>{"CIN@4-7"});
}

TEST_CASE("case is folded and every variant finds the same entry") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "S47 s47 s.47 Section 47 section 47") ==
        std::vector<std::string>{"S47@0-3", "S47@4-7", "S47@8-12", "S47@13-23", "S47@24-34"});
  CHECK(Find(compiled, "lado, Lado and the Local Authority Designated Officer") ==
        std::vector<std::string>{"LADO@0-4", "LADO@6-10", "LADO@19-53"});
}

TEST_CASE("the longest term wins") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "a section 47 enquiry began") == std::vector<std::string>{"S47@2-20"});
}

TEST_CASE("hyphens, dashes and line breaks may join the words of a term") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(
      Find(compiled, "non-compliant noncompliant non compliant") ==
      std::vector<std::string>{"non-compliant@0-13", "non-compliant@14-26", "non-compliant@27-40"});
  CHECK(Find(compiled,
             "non\xE2\x80\x90"
             "compliant") == std::vector<std::string>{"non-compliant@0-15"});
  CHECK(Find(compiled, "a child\nin need") == std::vector<std::string>{"CIN@2-15"});
}

TEST_CASE("punctuation between sentences or clauses breaks a term") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "He was in. Denial is a word.").empty());
  CHECK(Find(compiled, "a child, in need").empty());
  CHECK(Find(compiled, "child in\n\nneed").empty());
}

TEST_CASE("curly apostrophes and possessives find the term") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "the LADO's view") == std::vector<std::string>{"LADO@4-8"});
  CHECK(Find(compiled, "the LADO\xE2\x80\x99s view") == std::vector<std::string>{"LADO@4-8"});
}

TEST_CASE("an upper-case-only acronym is not found in an ordinary word") {
  CompiledDictionary compiled(kSmallDictionary);
  CHECK(Find(compiled, "a rag doll, a Rag, the RAG rating") ==
        std::vector<std::string>{"RAG@23-26"});
}

TEST_CASE("dictionary problems are reported at the entry") {
  CompiledDictionary compiled(R"(<dictionary format="1">
  <entry term="MASH" category="acronyms"><plain>x</plain><explanation>y</explanation></entry>
  <entry term="EDT" category="acronym"><plain>x</plain></entry>
  <entry category="jargon"/>
  <entry term="CP" category="acronym" family="loud"><plain>x</plain><explanation>y</explanation></entry>
  <entry term="TAF" category="acronym"><variant>tac</variant><plain>x</plain><explanation>y</explanation></entry>
  <entry term="TAC" category="acronym"><plain>x</plain><explanation>y</explanation></entry>
  <remove term="PLO"/>
</dictionary>)");
  std::vector<std::string> seen;
  for (const Diagnostic& d : compiled.diagnostics.all()) {
    seen.push_back(testing::LineColumnOf(d.where) + " " + SeverityName(d.severity) + ": " +
                   d.message + " [" + d.rule + "]");
  }
  CHECK(seen == std::vector<std::string>{
                    "2:3 error: unknown category 'acronyms' [PL020]",
                    "3:3 error: 'EDT' has no explanation for families [PL020]",
                    "4:3 error: an entry needs a 'term' attribute [PL020]",
                    "5:3 error: unknown level 'loud' for family [PL020]",
                    "8:3 warning: 'PLO' is not in the dictionaries read before this one [PL020]",
                    "7:3 warning: 'TAC' is already a spelling of 'TAF' [PL020]",
                });
  CHECK(compiled.dictionary.entries().size() == 2);
}

TEST_CASE("a later dictionary overlays an earlier one") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile council("council.xml", R"(<dictionary format="1">
  <entry term="lado" category="jargon"><plain>our allegations officer</plain><explanation>z</explanation></entry>
  <remove term="threshold"/>
</dictionary>)");
  REQUIRE(ReadDictionary(council, compiled.dictionary, *compiled.folder, compiled.diagnostics));
  compiled.dictionary.Compile(*compiled.tokenizer, *compiled.folder, compiled.diagnostics);
  CHECK(compiled.diagnostics.all().empty());
  CHECK(compiled.dictionary.entries().size() == 8);
  CHECK(Find(compiled, "the LADO and the threshold") == std::vector<std::string>{"lado@4-8"});
}

}  // namespace
}  // namespace sdgen
