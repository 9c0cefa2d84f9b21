// Record format 2: who may read what. The reader's diagnostics for the new
// attributes, the narrowing of shares, and FamilyReaders' answers to "does
// this item reach this reader" on the shared examples and small records.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "record/family_readers.h"
#include "record/record_reader.h"
#include "record/sharing.h"
#include "test_paths.h"

using namespace sdgen;
using sdgen::test::ReadFile;

namespace {

// A small format-2 family: Ana and Ben live with their mother Jo; their
// father Max is alleged and lives with them; Ray, a father who lives
// elsewhere, has parental responsibility too.
std::string Family(const std::string& mapping = "", const std::string& decision = "",
                   const std::string& people_extra = "", const std::string& format = "2") {
  return R"(<strategy-discussion id="T-2" format=")" + format + R"(">
  <local-authority>Test Council</local-authority>
  <meeting form="meeting"><held>2026-11-16T09:30:00+00:00</held>
    <contact-received>2026-11-15T16:05:00+00:00</contact-received><rag rating="green"/>
    <reason>A test.</reason></meeting>
  <children><child id="c1"><name>Ana Lane</name><born>2018-01-01</born></child>
    <child id="c2"><name>Ben Lane</name></child></children>
  <people>
    <person id="p1" relationship="mother" parental-responsibility="yes" lives-with="c1 c2" alleged="no"><name>Jo Lane</name></person>
    <person id="p2" relationship="father" parental-responsibility="yes" lives-with="c1 c2" alleged="yes"><name>Max Lane</name></person>
    <person id="p3" relationship="father" parental-responsibility="yes" lives-with="" alleged="no"><name>Ray Dunn</name></person>)" +
         people_extra + R"(
  </people>
  <attendees><attendee id="a1" role="chair" agency="Children's Social Care" present="yes"><name>Sam</name></attendee>
    <attendee id="a2" role="police" agency="Police" present="yes"><name>Kim</name></attendee></attendees>
  <mapping><worried-about><harm by="a1">Something happened.</harm></worried-about>)" +
         mapping + R"(</mapping>
  <decision outcome="referral" threshold="not-met">)" +
         decision + R"(</decision>
</strategy-discussion>
)";
}

struct Read {
  std::unique_ptr<SourceFile> file;
  DiagnosticList diagnostics;
  std::optional<Record> record;
};

std::unique_ptr<Read> ReadXml(const std::string& xml) {
  auto read = std::make_unique<Read>();
  read->file = std::make_unique<SourceFile>("r.xml", xml);
  read->record = RecordReader(read->diagnostics).Read(*read->file);
  return read;
}

std::string First(const Read& read) {
  if (read.diagnostics.all().empty()) return "";
  const Diagnostic& d = read.diagnostics.all()[0];
  LineColumn at = read.file->Locate(d.where.offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column) + " " + d.rule + " " +
         d.message;
}

std::vector<std::string> Ids(const std::vector<const Person*>& people) {
  std::vector<std::string> ids;
  for (const Person* person : people) ids.push_back(person->id);
  return ids;
}

}  // namespace

TEST_CASE("the format-2 example writes a letter for Siân only and a story for Kai only") {
  std::string path = test::SharedPath("spec/example-record-format2.xml");
  auto read = ReadXml(ReadFile(path));
  REQUIRE(read->record);
  CHECK(read->diagnostics.all().empty());
  FamilyReaders readers(*read->record);
  CHECK(Ids(readers.LetterReaders()) == std::vector<std::string>{"p1"});
  REQUIRE(readers.StoryReaders().size() == 1);
  CHECK(readers.StoryReaders()[0]->id == "c1");
  const Person& daniel = read->record->people[1];
  CHECK(daniel.alleged);
  // Kai's disclosure is evidence: for professionals unless shared on purpose.
  CHECK(read->record->children[0].voice->visibility.share == Share::kProfessionals);
}

TEST_CASE("the format-1 example writes no letter for the alleged father") {
  auto read = ReadXml(ReadFile(test::SharedPath("spec/example-record.xml")));
  REQUIRE(read->record);
  FamilyReaders readers(*read->record);
  CHECK(Ids(readers.LetterReaders()) == std::vector<std::string>{"p1"});
  CHECK(readers.StoryReaders().empty());
}

TEST_CASE("a family item without `to` reaches only non-alleged adults living with a child") {
  auto read = ReadXml(Family(
      "", "<family-information by=\"a1\">We will visit on Monday.</family-information>"));
  REQUIRE(read->record);
  const Record& record = *read->record;
  FamilyReaders readers(record);
  const Visibility& told = record.decision.family_information[0].text.visibility;
  CHECK(readers.Reaches(told, record.people[0]));        // Jo
  CHECK_FALSE(readers.Reaches(told, record.people[1]));  // Max, alleged
  CHECK_FALSE(readers.Reaches(told, record.people[2]));  // Ray, lives apart
  CHECK_FALSE(readers.Reaches(told, FamilyReader{nullptr, &record.children[0]}));
  CHECK(Ids(readers.LetterReaders()) == std::vector<std::string>{"p1"});
  // Jo may see the name and contact of whoever tells her; Max may not.
  CHECK(readers.Reaches(record.attendees[0].name.visibility, record.people[0]));
  CHECK_FALSE(readers.Reaches(record.attendees[0].name.visibility, record.people[1]));
  // Everyone sees their own name, and a parent their children's names.
  CHECK(readers.Reaches(record.people[1].name.visibility, record.people[1]));
  CHECK(readers.Reaches(record.children[0].name.visibility, record.people[2]));
}

TEST_CASE("`to` names exactly the readers, and an enclosing `to` narrows it") {
  auto read = ReadXml(Family(
      "<danger-statement children=\"c1\" to=\"p1 p3\">Worry.</danger-statement>",
      "<family-information to=\"p3\">Ray is told this.</family-information>"));
  REQUIRE(read->record);
  CHECK(read->diagnostics.all().empty());
  const Record& record = *read->record;
  FamilyReaders readers(record);
  const Visibility& danger = record.mapping.danger_statement->text.visibility;
  CHECK(readers.Reaches(danger, record.people[2]));
  CHECK_FALSE(readers.Reaches(danger, record.people[1]));
  CHECK(Ids(readers.LetterReaders()) == std::vector<std::string>{"p3"});

  auto nested = ReadXml(Family(
      "", "<family-information to=\"p1\">x</family-information>"
          "<other-children share=\"family\" to=\"p1 p3\">y</other-children>"));
  REQUIRE(nested->record);
  auto narrowed = ReadXml(Family(
      "<working-well share=\"family\" to=\"p1\"><strength by=\"a1\" share=\"family\" to=\"p1 p3\">z</strength>"
      "</working-well>"));
  REQUIRE(narrowed->record);
  CHECK(*narrowed->record->mapping.strengths[0].text.visibility.to ==
        std::vector<std::string>{"p1"});
}

TEST_CASE("`to` on an item that is not family-level is an error") {
  auto read = ReadXml(Family("", "<other-children to=\"p1\">None.</other-children>"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) ==
        "16:72 RD016 'to' names family readers, but <other-children> is shared with "
        "professionals");
}

TEST_CASE("`to` must name people or children of the record") {
  auto read = ReadXml(Family("<danger-statement to=\"p1 p9\">x</danger-statement>"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) == "15:108 RD006 'to' names 'p9', but no person or child has that id");
}

TEST_CASE("a parent in format 2 says whether they are alleged") {
  auto read = ReadXml(Family(
      "", "", R"(<person id="p4" relationship="carer" parental-responsibility="yes"><name>Al</name></person>)"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) ==
        "11:130 RD012 <person> has parental responsibility but no 'alleged' attribute");
}

TEST_CASE("unknown counts as alleged") {
  auto read = ReadXml(Family(
      "", "", R"(<person id="p4" relationship="carer" parental-responsibility="yes" alleged="unknown" lives-with="c1"><name>Al</name></person>)"));
  REQUIRE(read->record);
  CHECK(read->record->people[3].alleged);
  CHECK_FALSE(FamilyReaders(*read->record).IsDefaultReader(read->record->people[3]));
}

TEST_CASE("a language must be a language tag") {
  auto read = ReadXml(Family("", "", R"(<person id="p4" relationship="sibling" language="Welsh!"><name>Al</name></person>)"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) ==
        "11:179 RD017 'language' is 'Welsh!', which is not a language tag sdgen accepts");
}

TEST_CASE("a format-1 record warns of format-2 attributes and honours only `to`") {
  auto read = ReadXml(Family(
      "<danger-statement to=\"p1\">x</danger-statement>", "", R"(<person id="p4" relationship="sibling" called="Sis"><name>Al</name></person>)", "1"));
  REQUIRE(read->record);
  REQUIRE(read->diagnostics.all().size() == 2);
  CHECK(First(*read) ==
        "11:177 RD018 'called' is format 2; this record is format 1, so it is ignored");
  CHECK_FALSE(read->record->people[3].called);
  CHECK(*read->record->mapping.danger_statement->text.visibility.to ==
        std::vector<std::string>{"p1"});
}

TEST_CASE("a second copy of an element that appears once is an error, not lost") {
  auto read = ReadXml(Family("", "<rationale>One.</rationale><rationale>Two.</rationale>"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) ==
        "16:79 RD019 a second <rationale> inside <decision>: only one is allowed, and sdgen "
        "would not read this one");
}

TEST_CASE("a restricted item names agencies of the discussion") {
  auto read = ReadXml(Family(
      "", "<other-children share=\"restricted\" agencies=\"police polce\">x</other-children>"));
  CHECK_FALSE(read->record);
  CHECK(First(*read) == "16:104 RD015 agency 'polce' is not the agency of any attendee");
  auto good = ReadXml(Family(
      "", "<other-children share=\"restricted\" agencies=\"childrens-social-care\">x</other-children>"));
  CHECK(good->record);
}

TEST_CASE("a words-and-pictures block reaches only the children it is for") {
  std::string story =
      "</mapping><words-and-pictures for=\"c1\" by=\"a1\"><who-is-worried>a</who-is-worried>"
      "<what-happened>b</what-happened><worries>c</worries><going-well>d</going-well>"
      "<what-happens-next>e</what-happens-next></words-and-pictures><mapping>";
  std::string xml = Family();
  xml.replace(xml.find("</mapping>"), 10, "</mapping>" + story.substr(10, story.size() - 19));
  auto read = ReadXml(xml);
  INFO(First(*read));
  REQUIRE(read->record);
  const Record& record = *read->record;
  FamilyReaders readers(record);
  REQUIRE(record.words_and_pictures.size() == 1);
  const Visibility& worries = record.words_and_pictures[0].worries.visibility;
  CHECK(readers.Reaches(worries, FamilyReader{nullptr, &record.children[0]}));
  CHECK_FALSE(readers.Reaches(worries, FamilyReader{nullptr, &record.children[1]}));
  CHECK_FALSE(readers.Reaches(worries, record.people[0]));
  REQUIRE(readers.StoryReaders().size() == 1);
  CHECK(readers.StoryReaders()[0]->id == "c1");
}

TEST_CASE("a deferral's own share narrows its parts") {
  auto read = ReadXml(Family(
      "", "<deferral share=\"restricted\" agencies=\"police\"><reason>Waiting.</reason>"
          "<interim-safety-plan>Seen at 5pm.</interim-safety-plan></deferral>"));
  REQUIRE(read->record);
  const Deferral& deferral = *read->record->decision.deferral;
  CHECK(deferral.reason->visibility.share == Share::kRestricted);
  CHECK(deferral.interim_safety_plan->visibility.agencies == std::vector<std::string>{"police"});
}

TEST_CASE("`to` on the whole record is warned about, not silently dropped") {
  std::string xml = Family();
  xml.replace(xml.find("format=\"2\""), 10, "format=\"2\" to=\"p1\"");
  auto read = ReadXml(xml);
  REQUIRE(read->record);
  CHECK(First(*read) ==
        "1:46 RD015 'to' on the whole record is ignored; set it on each item");
}

TEST_CASE("an agency token drops punctuation, typographic apostrophes included") {
  CHECK(AgencyToken("Children's Social Care") == "childrens-social-care");
  CHECK(AgencyToken("Children\xE2\x80\x99s Social Care") == "childrens-social-care");
  CHECK(AgencyToken("Dyffryn General Hospital") == "dyffryn-general-hospital");
  CHECK(AgencyToken("Policja Śląska") == "policja-\xc5\x9bl\xc4\x85ska");
}

TEST_CASE("a story for no child, or a mark off the scale, is an error, not dropped") {
  std::string xml = ReadFile(test::SharedPath("spec/example-record-format2.xml"));
  std::string no_child = xml;
  no_child.replace(no_child.find("for=\"c1\""), 8, "for=\"\"");
  auto read = ReadXml(no_child);
  CHECK_FALSE(read->record);
  CHECK(First(*read) == "84:28 RD012 <words-and-pictures> names no child in 'for'");
  std::string off_scale = xml;
  off_scale.replace(off_scale.find("<how-safe value=\"4\">"), 21, "<how-safe value=\"14\">");
  auto off = ReadXml(off_scale);
  CHECK_FALSE(off->record);
  CHECK(First(*off) == "91:22 RD009 'value' is 14, off the scale");
}

TEST_CASE("`to` inside a words-and-pictures block is an error: it would hide the story") {
  std::string xml = ReadFile(test::SharedPath("spec/example-record-format2.xml"));
  xml.replace(xml.find("<who-is-worried>"), 16, "<who-is-worried to=\"p1\">");
  auto read = ReadXml(xml);
  CHECK_FALSE(read->record);
  CHECK(First(*read).rfind("85:25 RD016 'to' inside <words-and-pictures>: a story reaches the "
                           "children its 'for' names", 0) == 0);
}
