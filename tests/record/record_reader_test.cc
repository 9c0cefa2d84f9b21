#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "record/record_reader.h"
#include "record/record_walk.h"
#include "test_paths.h"

using namespace sdgen;
using sdgen::test::ReadFile;

namespace {

std::string Located(const SourceLocation& where) {
  LineColumn at = where.file->Locate(where.offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

// A small valid record; tests splice their own parts into it.
std::string MinimalRecord(const std::string& extra_mapping = "",
                          const std::string& decision_parts = "") {
  return R"(<strategy-discussion id="T-1" format="1">
  <local-authority>Test Council</local-authority>
  <meeting form="meeting"><held>2026-11-16T09:30:00+00:00</held>
    <contact-received>2026-11-15T16:05:00+00:00</contact-received><rag rating="green"/>
    <reason>A test.</reason></meeting>
  <children><child id="c1"><name>Ana</name></child></children>
  <attendees><attendee id="a1" role="chair" agency="CSC" present="yes"><name>Sam</name></attendee>
    <attendee id="a2" role="police" agency="Police" present="yes"><name>Kim</name></attendee>
    <attendee id="a3" role="health" agency="Health" present="yes"><name>Lee</name></attendee></attendees>
  <mapping><worried-about><harm by="a1">Something happened.</harm></worried-about>)" +
         extra_mapping + R"(</mapping>
  <decision outcome="referral" threshold="not-met">)" +
         decision_parts + R"(</decision>
</strategy-discussion>
)";
}

}  // namespace

TEST_CASE("the example record reads into the typed model") {
  std::string path = test::SharedPath("spec/example-record.xml");
  SourceFile file(path, ReadFile(path));
  DiagnosticList diagnostics;
  RecordReader reader(diagnostics);
  std::optional<Record> record = reader.Read(file);
  REQUIRE(record);
  // Format 1 cannot name who reads Kai's and Ffion's words: a note says each
  // reaches no one (RD021); nothing else.
  REQUIRE(diagnostics.all().size() == 2);
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    CHECK(diagnostic.rule == "RD021");
    CHECK(diagnostic.severity == Severity::kNote);
  }
  CHECK(record->children[0].voice->visibility.to == std::vector<std::string>{});

  CHECK(record->id == "SD-2026-0417");
  CHECK(record->language == "en-GB");
  CHECK(record->local_authority.value == "Northvale County Council");
  CHECK(record->meeting.form.value == MeetingForm::kVirtual);
  CHECK(record->meeting.held.value->Iso() == "2026-11-20T10:00:00+00:00");
  CHECK(record->meeting.rag.value == RagRating::kRed);
  REQUIRE(record->meeting.timing_rationale);

  REQUIRE(record->children.size() == 2);
  const Child& kai = record->children[0];
  CHECK(kai.name.value == "Kai Morgan-Price");
  CHECK(kai.born.value->Iso() == "2019-04-02");
  CHECK(kai.name.visibility.share == Share::kFamily);
  CHECK(kai.school_or_setting->visibility.share == Share::kProfessionals);
  CHECK(kai.voice->visibility.share == Share::kFamily);

  REQUIRE(record->people.size() == 3);
  const Person& daniel = record->people[1];
  CHECK(daniel.relationship.value == Relationship::kFather);
  CHECK(daniel.alleged);
  CHECK_FALSE(daniel.works_with_children);
  REQUIRE(daniel.lives_with.children.size() == 2);
  CHECK(daniel.lives_with.children[1] == &record->children[1]);
  CHECK(record->people[2].lives_with.children.empty());

  REQUIRE(record->attendees.size() == 6);
  CHECK(record->attendees[3].name.value == "Łucja Nowak");
  CHECK(record->attendees[3].name.visibility.share == Share::kProfessionals);
  CHECK(record->attendees[0].agency.value == "Children's Social Care");
  // An agency reaches whom its attendee's name reaches (format 2, both formats).
  CHECK(record->attendees[0].agency.visibility.share == Share::kProfessionals);
  CHECK(record->attendees[5].present.value == Presence::kApologies);
  REQUIRE(record->attendees[1].contact);
  CHECK(record->attendees[1].contact->phone->value == "01632 960 417");
  CHECK(record->attendees[1].contact->email->visibility.share == Share::kProfessionals);

  const Mapping& mapping = record->mapping;
  REQUIRE(mapping.harms.size() == 2);
  CHECK(mapping.harms[0].by.attendee == &record->attendees[4]);
  CHECK(mapping.harms[0].text.visibility.share == Share::kFamily);
  CHECK(mapping.harms[1].text.visibility.share == Share::kProfessionals);
  CHECK(mapping.complicating_factors.size() == 2);
  CHECK(mapping.strengths.size() == 2);
  CHECK(mapping.safety.size() == 1);
  CHECK(mapping.need_to_know.size() == 3);
  REQUIRE(mapping.danger_statement);
  CHECK(mapping.danger_statement->children.children.size() == 2);
  CHECK(mapping.danger_statement->text.visibility.share == Share::kFamily);
  REQUIRE(mapping.scaling);
  CHECK(mapping.scaling->question->visibility.share == Share::kFamily);
  REQUIRE(mapping.scaling->scores.size() == 5);
  CHECK(*mapping.scaling->scores[2].value.value == 3);
  CHECK(mapping.scaling->scores[2].rationale.visibility.share == Share::kProfessionals);

  const Decision& decision = record->decision;
  CHECK(decision.outcome.value == Outcome::kS47);
  CHECK(decision.threshold.value == Threshold::kMet);
  CHECK(decision.child_seen->by.attendee == &record->attendees[1]);
  CHECK(*decision.medical->required.value);
  CHECK_FALSE(*decision.legal_action->required.value);
  CHECK(decision.criminal_investigation->visibility.share == Share::kRestricted);
  CHECK(decision.criminal_investigation->visibility.agencies == std::vector<std::string>{"police"});
  REQUIRE(decision.family_information.size() == 1);
  CHECK(decision.family_information[0].text.visibility.share == Share::kFamily);
  CHECK_FALSE(*decision.lado->involved.value);

  REQUIRE(record->actions.size() == 5);
  CHECK(record->actions[4].owner.person == &record->people[2]);
  CHECK(record->actions[2].visibility.share == Share::kRestricted);
  CHECK(record->actions[2].task->visibility.share == Share::kRestricted);
  CHECK(record->actions[1].task->visibility.share == Share::kProfessionals);

  CHECK(record->sign_off.agreements.size() == 4);
  CHECK(record->sign_off.agreements[3].how.value == AgreementHow::kEmail);
  CHECK(record->sign_off.signature->by.attendee == &record->attendees[0]);
  CHECK(record->distribution.size() == 5);
}

TEST_CASE("every free text of the example is visited once") {
  std::string path = test::SharedPath("spec/example-record.xml");
  SourceFile file(path, ReadFile(path));
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  int harms = 0, texts = 0;
  ForEachText(*record, [&](std::string_view field, const Text&) {
    ++texts;
    if (field == "mapping/worried-about/harm") ++harms;
  });
  CHECK(harms == 2);
  CHECK(texts > 60);
}

TEST_CASE("the statements of a record leave out names, agencies and contacts") {
  std::string path = test::SharedPath("spec/example-record.xml");
  SourceFile file(path, ReadFile(path));
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  std::vector<std::string> paths;
  ForEachStatement(*record, [&](std::string_view field, const Text&) {
    paths.emplace_back(field);
  });
  auto has = [&](const char* wanted) {
    return std::find(paths.begin(), paths.end(), wanted) != paths.end();
  };
  CHECK(has("mapping/worried-about/harm"));
  CHECK(has("children/child/voice"));
  CHECK(has("actions/action/task"));
  CHECK_FALSE(has("children/child/name"));
  CHECK_FALSE(has("attendees/attendee@agency"));
  CHECK_FALSE(has("attendees/attendee/job-title"));
  CHECK_FALSE(has("local-authority"));
}

TEST_CASE("text locations survive entities and line ends") {
  std::string xml = MinimalRecord("", "<rationale>Tom &amp; Jo\r\nsaw it &#x2014; twice.</rationale>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  const Text& text = *record->decision.rationale;
  CHECK(text.value == "Tom & Jo\nsaw it \xE2\x80\x94 twice.");
  size_t twice = text.value.find("twice");
  CHECK(file.text().compare(text.LocationOf(twice).offset, 5, "twice") == 0);
  size_t jo = text.value.find("Jo");
  CHECK(file.text().compare(text.LocationOf(jo).offset, 2, "Jo") == 0);
}

TEST_CASE("unknown attributes and elements are located warnings with suggestions") {
  std::string xml = MinimalRecord("<safety-goal childen=\"c1\">Ana is safe.</safety-goal><scalling/>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  REQUIRE(diagnostics.all().size() == 2);
  diagnostics.SortByLocation();
  CHECK(diagnostics.all()[0].rule == "RD013");
  CHECK(diagnostics.all()[0].message == "unknown attribute 'childen' on <safety-goal> is ignored");
  CHECK(diagnostics.all()[0].suggestion == "did you mean 'children'?");
  CHECK(diagnostics.all()[1].message == "unknown element <scalling> inside <mapping> is ignored");
  CHECK(diagnostics.all()[1].suggestion == "did you mean <scaling>?");
  CHECK(diagnostics.all()[1].severity == Severity::kWarning);
}

TEST_CASE("markup inside free text is a located error, not words of the text") {
  std::string xml = MinimalRecord("", "<rationale>It was <b>very</b> late.</rationale>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  CHECK_FALSE(record);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].rule == "RD013");
  CHECK(diagnostics.all()[0].severity == Severity::kError);
  CHECK(Located(diagnostics.all()[0].where) == "11:70");
}

TEST_CASE("a stated share narrows what is inside it and never widens it") {
  std::string xml = MinimalRecord(
      "<scaling share=\"family\"><question>How safe?</question>"
      "<score by=\"a1\" value=\"5\">Fine.</score></scaling>",
      "<criminal-investigation share=\"professionals\">Police will visit.</criminal-investigation>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  CHECK(record->mapping.scaling->question->visibility.share == Share::kFamily);
  CHECK(record->mapping.scaling->scores[0].rationale.visibility.share == Share::kProfessionals);
  CHECK(record->decision.criminal_investigation->visibility.share == Share::kProfessionals);
  CHECK(record->decision.criminal_investigation->visibility.agencies.empty());
}

TEST_CASE("restricted items name their agencies in lower case") {
  std::string xml = MinimalRecord(
      "", "<other-children share=\"restricted\" agencies=\"Police health\">None.</other-children>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  CHECK(record->decision.other_children->visibility.agencies ==
        std::vector<std::string>{"police", "health"});
}

TEST_CASE("all errors of a record are reported in one run") {
  std::string xml = MinimalRecord("<safety-goal children=\"c1 c7\">x</safety-goal>",
                                  "<lado involved=\"maybe\"/>");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  RecordReader reader(diagnostics);
  CHECK_FALSE(reader.Read(file));
  CHECK_FALSE(reader.unreadable());
  REQUIRE(diagnostics.error_count() == 2);
  diagnostics.SortByLocation();
  CHECK(diagnostics.all()[0].rule == "RD006");
  CHECK(diagnostics.all()[0].message ==
        "safety goal 'children' names 'c7', but no child has that id");
  CHECK(diagnostics.all()[1].rule == "RD008");
}

TEST_CASE("a record id with a slash becomes one safe path component") {
  std::string xml = MinimalRecord();
  xml.replace(xml.find("T-1"), 3, "SD/2026/7");
  SourceFile file("r.xml", xml);
  DiagnosticList diagnostics;
  std::optional<Record> record = RecordReader(diagnostics).Read(file);
  REQUIRE(record);
  CHECK(record->OutputName() == "SD-2026-7");
}
