#include "language/plain_language_checker.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "diagnostics/diagnostic_renderer.h"
#include "language/glossary.h"
#include "language_fixture.h"

namespace sdgen {
namespace {

using testing::CompiledDictionary;
using testing::kSmallDictionary;
using testing::LineColumnOf;
using testing::WholeFileText;

// "line:col severity: message [RULE]" for each diagnostic, in report order.
std::vector<std::string> Lines(const DiagnosticList& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics.all()) {
    std::string at = d.where.file ? LineColumnOf(d.where) + " " : "";
    lines.push_back(at + SeverityName(d.severity) + ": " + d.message + " [" + d.rule + "]");
  }
  return lines;
}

std::unique_ptr<PlainLanguageChecker> MakeChecker(const TermDictionary& dictionary,
                                                  DiagnosticList& diagnostics,
                                                  CheckOptions options = {}) {
  std::string error;
  auto checker = PlainLanguageChecker::Create(dictionary, std::move(options), diagnostics, &error);
  REQUIRE(checker);
  return checker;
}

TEST_CASE("each category is reported with its rule at the word's line and column") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("letter.txt",
                  "Dear Sian,\n"
                  "The LADO says the threshold is met.\n"
                  "Dad was non-compliant and Kai disclosed it. NFA for now.\n");
  DiagnosticList diagnostics;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(WholeFileText(file, Share::kProfessionals), Readership::kProfessionals,
                     diagnostics);
  CHECK(Lines(diagnostics) ==
        std::vector<std::string>{
            "2:5 warning: 'LADO' is jargon; say 'the person at the council who looks into "
            "concerns about adults who work with children' [PL001]",
            "2:19 warning: 'threshold' is jargon; say 'whether the worry is serious enough for "
            "us to act' [PL001]",
            "3:9 warning: 'non-compliant' is a judgement, not a behaviour; describe what was seen "
            "or heard, such as 'he did not let the social worker in on 3 May' [PL002]",
            "3:31 warning: 'disclosed' is professional language; say 'told' [PL003]",
        });
}

TEST_CASE("text a family will read gets errors, and each entry's own levels") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("letter.txt", "The LADO agreed: NFA.");
  DiagnosticList diagnostics;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(WholeFileText(file, Share::kFamily), Readership::kFamily, diagnostics);
  CHECK(Lines(diagnostics) ==
        std::vector<std::string>{
            "1:5 error: 'LADO' is jargon; say 'the person at the council who looks into concerns "
            "about adults who work with children' [PL001]",
            "1:18 warning: 'NFA' is a police term; say 'no more action will be taken' [PL004]",
        });
}

TEST_CASE("the rendered diagnostic matches the issue's example") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("record.xml", "<reason>Ask the LADO</reason>\n");
  Text text;
  text.value = "Ask the LADO";
  text.where = {&file, 0};
  text.checkpoints = {{0, 8}};
  DiagnosticList diagnostics;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(text, Readership::kProfessionals, diagnostics);
  CHECK(RenderText(diagnostics) ==
        "record.xml:1:17: warning: 'LADO' is jargon; say 'the person at the council who looks "
        "into concerns about adults who work with children' [PL001]\n"
        "  <reason>Ask the LADO</reason>\n"
        "                  ^\n"
        "  suggestion: to keep 'LADO' on purpose, add it to the accept list; the glossary will "
        "explain it\n");
}

TEST_CASE("locations follow the text's checkpoints past an entity") {
  CompiledDictionary compiled(kSmallDictionary);
  // The source wrote "&amp;" where the text holds "&": offsets shift by four after it.
  SourceFile file("record.xml", "<harm>Mum &amp; the LADO</harm>");
  Text text;
  text.value = "Mum & the LADO";
  text.where = {&file, 0};
  text.checkpoints = {{0, 6}, {4, 10}, {5, 15}};
  DiagnosticList diagnostics;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(text, Readership::kProfessionals, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(LineColumnOf(diagnostics.all()[0].where) == "1:21");
}

TEST_CASE("an accept list silences a term on purpose, by any of its spellings") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile accept_file("plain-language-accept.txt",
                         "# Terms our family letters keep and explain\n"
                         "Local Authority Designated Officer\n"
                         "  section 47   \n"
                         "LAD0\n");
  CheckOptions options;
  options.accept = ReadAcceptList(accept_file);
  REQUIRE(options.accept.size() == 3);
  DiagnosticList diagnostics;
  auto checker = MakeChecker(compiled.dictionary, diagnostics, options);
  CHECK(Lines(diagnostics) ==
        std::vector<std::string>{"4:1 warning: 'LAD0' is accepted but is not in the dictionary "
                                 "[PL021]"});
  SourceFile file("letter.txt", "The LADO will start an S47 enquiry.");
  DiagnosticList found;
  TermUsage usage;
  checker->CheckText(WholeFileText(file, Share::kFamily), Readership::kFamily, found, &usage);
  CHECK(found.all().empty());
  // Accepted terms stay in the text, so the glossary still explains them.
  std::vector<GlossaryEntry> glossary = BuildGlossary(usage, compiled.dictionary);
  REQUIRE(glossary.size() == 2);
  CHECK(glossary[0].term == "LADO");
  CHECK(glossary[0].explanation ==
        "The LADO looks into worries about adults who work with children.");
  CHECK(glossary[1].term == "S47");
}

TEST_CASE("the glossary lists each term once, sorted ignoring case") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("minutes.txt", "threshold, LADO, the LADO, CIN and in denial");
  DiagnosticList diagnostics;
  TermUsage usage;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(WholeFileText(file, Share::kProfessionals), Readership::kProfessionals,
                     diagnostics, &usage);
  std::vector<std::string> terms;
  for (const GlossaryEntry& entry : BuildGlossary(usage, compiled.dictionary)) {
    terms.push_back(entry.term);
  }
  CHECK(terms == std::vector<std::string>{"CIN", "in denial", "LADO", "threshold"});
}

}  // namespace
}  // namespace sdgen

namespace sdgen {
namespace {

TEST_CASE("the glossary names a term the way the document wrote it") {
  CompiledDictionary compiled(kSmallDictionary);
  SourceFile file("letter.txt", "A Local Authority Designated Officer will call. The LADO is kind.");
  DiagnosticList diagnostics;
  TermUsage usage;
  auto checker = MakeChecker(compiled.dictionary, diagnostics);
  checker->CheckText(WholeFileText(file, Share::kProfessionals), Readership::kProfessionals,
                     diagnostics, &usage);
  std::vector<GlossaryEntry> glossary = BuildGlossary(usage, compiled.dictionary);
  REQUIRE(glossary.size() == 1);
  // The reader met the long form first, so that is what they will look up.
  CHECK(glossary[0].term == "Local Authority Designated Officer");
}

}  // namespace
}  // namespace sdgen
