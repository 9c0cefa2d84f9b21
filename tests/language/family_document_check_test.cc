// SD027 on a hand-made document: each finding is mapped back to the record
// text that printed it, across the line ends the renderer joins, or to the
// template through the locator; labels are not checked for terms.

#include "language/family_document_check.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "language_fixture.h"
#include "record/record_reader.h"
#include "test_paths.h"

namespace sdgen {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

doc::Paragraph Body(std::string text) {
  doc::Paragraph paragraph;
  paragraph.runs = {{std::move(text), false, false}};
  return paragraph;
}

struct Gate {
  std::string xml = ReadFile(test::SharedPath("spec/example-record-format2.xml"));
  std::optional<SourceFile> file;
  std::optional<Record> record;
  testing::CompiledDictionary compiled;

  explicit Gate(const char* dictionary = testing::kSmallDictionary) : compiled(dictionary) {}

  // The example with Siân's family information (line 100) replaced by `told`.
  void Read(const std::string& told) {
    const std::string from = "Tom Ellis will come to see you";
    size_t at = xml.find(from);
    REQUIRE(at != std::string::npos);
    xml.replace(at, from.size(), told);
    file.emplace("record.xml", xml);
    DiagnosticList read;
    RecordReader reader(read);
    record = reader.Read(*file);
    REQUIRE(record);
  }

  std::vector<std::string> Check(const doc::Document& document, bool* failed = nullptr) {
    FamilyReaders readers(*record);
    FamilyReader reader;
    for (const Person* person : readers.adults())
      if (person->id == "p1") reader.person = person;
    REQUIRE(reader.person);
    DiagnosticList diagnostics;
    std::string error;
    auto checker = PlainLanguageChecker::Create(compiled.dictionary, {}, diagnostics, &error);
    REQUIRE(checker);
    SourceFile template_file("letter.xml", "<template>\n  <p>The threshold is met.</p>\n");
    // A template holding every word, agreeing with the document on none around it.
    TemplateTextLocator locate = [&](std::string_view, size_t begin, size_t end) {
      return std::optional<TemplatePlace>(TemplatePlace{{&template_file, 20}, end - begin});
    };
    std::string name = "family-letter-p1";
    bool result = CheckFamilyDocument({name, document, reader, false, std::nullopt}, *record,
                                      readers, *checker, locate, diagnostics);
    if (failed) *failed = result;
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics.all()) {
      lines.push_back(d.where.file->path() + ":" + testing::LineColumnOf(d.where) + " " +
                      SeverityName(d.severity) + ": " + d.message + " [" + d.rule + "]");
    }
    return lines;
  }
};

TEST_CASE("SD027 points at the word in the record item, across a joined line end") {
  Gate gate;
  gate.Read("Tom Ellis and\n      the LADO will come to see you");
  doc::Document document;
  // As the renderer prints it: the line end and the indentation are one space.
  document.blocks.push_back(
      Body("Tom Ellis and the LADO will come to see you, Kai and Ffion at home today at about "
           "3:30pm, with a police officer."));
  bool failed = false;
  std::vector<std::string> found = gate.Check(document, &failed);
  REQUIRE(!found.empty());
  CHECK(found[0] ==
        "record.xml:101:11 error: SD-2026-0417/family-letter-p1: 'LADO' is jargon; say 'the "
        "person at the council who looks into concerns about adults who work with children' "
        "(PL001) [SD027]");
  CHECK(failed);
}

TEST_CASE("SD027 asks the locator about words no record item printed") {
  Gate gate;
  gate.Read("Tom Ellis will come to see you");
  doc::Document document;
  document.blocks.push_back(doc::Heading{2, "The threshold is met"});
  std::vector<std::string> found = gate.Check(document);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rfind("letter.xml:2:10 error: SD-2026-0417/family-letter-p1: 'threshold'", 0) ==
        0);
}

TEST_CASE("SD027 does not check the names and agencies it prints for terms") {
  Gate gate(R"(<dictionary format="1">
  <entry term="CSC" category="acronym"><variant>Children's Social Care</variant>
    <plain>the council's social workers</plain><explanation>e</explanation></entry>
</dictionary>)");
  gate.Read("Tom Ellis will come to see you");
  doc::Document document;
  // Tom's agency, a label, printed as the record has it.
  document.blocks.push_back(Body("Tom Ellis works for Children's Social Care."));
  bool failed = true;
  CHECK(gate.Check(document, &failed).empty());
  CHECK_FALSE(failed);
}

}  // namespace
}  // namespace sdgen
