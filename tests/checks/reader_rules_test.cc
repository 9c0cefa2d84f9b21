// The rules about family readers (record format 2), each broken one way and
// satisfied, on records/readers.xml; and the library calls the build makes
// for each family document. In readers.xml Nadia (p1) lives with Oscar (c1)
// and Lily (c2) and her partner Wes (p3, alleged); their father Callum (p2)
// lives apart. Both parents get a letter from Josh, the social worker (a2);
// Oscar, who is 10, gets words and pictures. Police are investigating.

#include <catch2/catch.hpp>

#include "checks/hidden_names.h"
#include "checks/practice_rule.h"
#include "checks/withheld_documents.h"
#include "rule_fixture.h"
#include "test_paths.h"

using namespace sdgen;
using namespace sdgen::test;
using Lines = std::vector<std::string>;

namespace {

const char* const kName = "readers.xml";

Lines ReaderFindings(const std::string& record, const std::string& rule) {
  return Findings(record, rule, kName);
}

// What Callum's letter tells him, starting at line 73, column 92.
const std::string kFatherText =
    "Josh Pelling will phone you today to say why we are worried about Oscar and what happens "
    "next.";

std::string FatherLetter(const std::string& text) {
  return Edit(ReadersRecord(), kFatherText, text);
}

FamilyReader Letter(const Record& record, const std::string& id) {
  return {record.FindPerson(id), nullptr};
}

FamilyReader Story(const Record& record, const std::string& id) {
  return {nullptr, record.FindChild(id)};
}

Lines Rendered(const std::vector<Diagnostic>& diagnostics) {
  Lines lines;
  for (const Diagnostic& diagnostic : diagnostics) lines.push_back(Render(diagnostic));
  return lines;
}

}  // namespace

TEST_CASE("the readers record satisfies every practice rule") {
  CHECK(AllFindings(ReadersRecord(), kName) == Lines{});
}

TEST_CASE("the shared format-2 example raises no practice-rule finding") {
  CHECK(AllFindings(ReadFile(SharedPath("spec/example-record-format2.xml")),
                    "example-record-format2.xml") == Lines{});
}

// SD022: a family document names someone its reader may not see.

TEST_CASE("SD022 a given name alone") {
  CHECK(ReaderFindings(FatherLetter("Josh Pelling will phone you. Nadia knows about the visit."),
                       "SD022") ==
        Lines{"readers.xml:73:121: error: the letter to Callum Reed would name Nadia Fenwick "
              "('Nadia'), whom Callum Reed may not be told about [SD022]"});
  // Josh tells Callum, and Oscar is his son: both may be named to him.
  CHECK(ReaderFindings(ReadersRecord(), "SD022").empty());
}

TEST_CASE("SD022 a family name alone, after a title") {
  // "Mr" names nobody; "Fenwick" is Oscar's and Lily's name too, so it does
  // not say that Nadia is meant.
  CHECK(ReaderFindings(
            FatherLetter("Josh Pelling will phone you about Mr Garrow and the Fenwick family."),
            "SD022") ==
        Lines{"readers.xml:73:129: error: the letter to Callum Reed would name Wes Garrow "
              "('Garrow'), whom Callum Reed may not be told about [SD022]"});
  CHECK(
      ReaderFindings(FatherLetter("Josh Pelling will phone you about Mr and Mrs Fenwick."), "SD022")
          .empty());
}

TEST_CASE("SD022 what the children call someone") {
  CHECK(ReaderFindings(FatherLetter("Josh Pelling will phone you about Wiz."), "SD022") ==
        Lines{"readers.xml:73:126: error: the letter to Callum Reed would name Wes Garrow "
              "('Wiz'), whom Callum Reed may not be told about [SD022]"});
}

TEST_CASE("SD022 a name with a trailing ’s") {
  CHECK(
      ReaderFindings(FatherLetter("Josh Pelling will phone you about Nadia’s worries."), "SD022") ==
      Lines{"readers.xml:73:126: error: the letter to Callum Reed would name Nadia Fenwick "
            "('Nadia’s'), whom Callum Reed may not be told about [SD022]"});
}

TEST_CASE("SD022 a name written without its accent") {
  CHECK(ReaderFindings(FatherLetter("Zoe Hallam will phone you today."), "SD022") ==
        Lines{"readers.xml:73:92: error: the letter to Callum Reed would name Zoë Hallam ('Zoe "
              "Hallam'), whom Callum Reed may not be told about [SD022]"});
}

TEST_CASE("SD022 a phone number spaced differently") {
  CHECK(ReaderFindings(FatherLetter("Ring the school nurse on 0163 2960731 today."), "SD022") ==
        Lines{"readers.xml:73:117: error: the letter to Callum Reed would give Zoë Hallam's phone "
              "number ('0163 2960731'), whom Callum Reed may not be told about [SD022]"});
}

TEST_CASE("SD022 an email address, but not the one of the professional who tells him") {
  CHECK(ReaderFindings(FatherLetter("Write to josh.pelling@testshire.example or "
                                    "zoe.hallam@testshire.example."),
                       "SD022") ==
        Lines{"readers.xml:73:135: error: the letter to Callum Reed would give Zoë Hallam's email "
              "address ('zoe.hallam@testshire.example'), whom Callum Reed may not be told about "
              "[SD022]"});
}

TEST_CASE("SD022 an address by its first line, its street and its postcode, but not 'Road'") {
  CHECK(ReaderFindings(FatherLetter("The children live at 14 Quarry Row (AG47PL); Quarry Row is "
                                    "near Ferry Road."),
                       "SD022") ==
        Lines{"readers.xml:73:113: error: the letter to Callum Reed would give Nadia Fenwick's "
              "address ('14 Quarry Row'), whom Callum Reed may not be told about [SD022]",
              "readers.xml:73:128: error: the letter to Callum Reed would give Nadia Fenwick's "
              "address ('AG47PL'), whom Callum Reed may not be told about [SD022]",
              "readers.xml:73:137: error: the letter to Callum Reed would give Nadia Fenwick's "
              "address ('Quarry Row'), whom Callum Reed may not be told about [SD022]"});
}

TEST_CASE("SD022 a child's known-as, in the story of a brother who lives apart from her") {
  // Oscar lives with his grandmother, who is not a reader: his story may name
  // only whom she may see, and neither his mother nor his sister is shared with her.
  std::string record = Edit(ReadersRecord(), "lives-with=\"c1 c2\" alleged=\"no\" called=\"Mum\"",
                            "lives-with=\"c2\" alleged=\"no\" called=\"Mum\"");
  record = Edit(record, "  </people>",
                "    <person id=\"p4\" relationship=\"grandparent\" lives-with=\"c1\"><name>June "
                "Fenwick</name></person>\n  </people>");
  record = Edit(record, "you or Lily could get hurt", "you or Lil could get hurt");
  CHECK(ReaderFindings(record, "SD022") ==
        Lines{"readers.xml:62:52: error: the words and pictures for Oscar Fenwick would name Lily "
              "Fenwick ('Lil'), whom Oscar Fenwick may not be told about [SD022]",
              "readers.xml:63:45: error: the words and pictures for Oscar Fenwick would name "
              "Nadia Fenwick ('Mum'), whom Oscar Fenwick may not be told about [SD022]",
              "readers.xml:63:69: error: the words and pictures for Oscar Fenwick would name Lily "
              "Fenwick ('Lily'), whom Oscar Fenwick may not be told about [SD022]",
              "readers.xml:64:51: error: the words and pictures for Oscar Fenwick would name Lily "
              "Fenwick ('Lily'), whom Oscar Fenwick may not be told about [SD022]",
              "readers.xml:64:60: error: the words and pictures for Oscar Fenwick would name "
              "Nadia Fenwick ('Mum'), whom Oscar Fenwick may not be told about [SD022]"});
}

TEST_CASE("SD022 the finding says how to keep the item for those who may know") {
  // The danger statement reaches Nadia by default; shared with Callum too,
  // it names Wes, whom only Nadia may know about.
  std::string record = Edit(ReadersRecord(), "<danger-statement children=\"c1 c2\">",
                            "<danger-statement children=\"c1 c2\" to=\"p1 p2\">");
  record = Edit(record, "Oscar and Lily could be hit", "Wes could hit Oscar and Lily");
  ReadRecord read(record, kName);
  FamilyReaders readers(*read.record);
  std::vector<Diagnostic> found =
      FindHiddenNamesInRecordItems(*read.record, readers, Letter(*read.record, "p2"));
  REQUIRE(Rendered(found) ==
          Lines{"readers.xml:51:111: error: the letter to Callum Reed would name Wes Garrow "
                "('Wes'), whom Callum Reed may not be told about [SD022]"});
  CHECK(found[0].suggestion ==
        "add to=\"p1\" so only those who may know Wes Garrow see it, or write 'a parent's "
        "partner' instead of the name");
  CHECK(FindHiddenNamesInRecordItems(*read.record, readers, Letter(*read.record, "p1")).empty());
}

TEST_CASE("SD022 the words a rendered document gives away") {
  ReadRecord read(ReadersRecord(), kName);
  FamilyReaders readers(*read.record);
  std::string letter =
      "Dear Callum Reed, Josh Pelling (01632 960 582) will call. Nadia’s partner WIZ lives at "
      "14 Quarry Row; nurse: +44 1632 960731 or 01632960731. Mr and Mrs Fenwick, Quarry Road.";
  CHECK(HiddenNamesInText(*read.record, readers, Letter(*read.record, "p2"), letter) ==
        Lines{"Nadia’s", "WIZ", "14 Quarry Row", "+44 1632 960731", "01632960731"});
  // Nadia may know all of them but the school nurse.
  CHECK(HiddenNamesInText(*read.record, readers, Letter(*read.record, "p1"), letter) ==
        Lines{"+44 1632 960731", "01632960731"});
  // An accent in the text but not in the record matches too.
  std::string plain = Edit(ReadersRecord(), "<name>Zoë Hallam</name>", "<name>Zoe Hallam</name>");
  ReadRecord plain_read(plain, kName);
  FamilyReaders plain_readers(*plain_read.record);
  CHECK(HiddenNamesInText(*plain_read.record, plain_readers, Story(*plain_read.record, "c1"),
                          "ZOË came to school.") == Lines{"ZOË"});
}

// SD023: a family information names an alleged person without the police's agreement.

TEST_CASE("SD023 a letter to an alleged parent before the police agree") {
  std::string alleged = Edit(ReadersRecord(), "lives-with=\"\" alleged=\"no\"",
                             "lives-with=\"\" alleged=\"unknown\"");
  std::string broken = Edit(alleged, "at=\"2026-11-20T16:00:00+00:00\" police-agreed=\"yes\"",
                            "at=\"2026-11-20T16:00:00+00:00\"");
  CHECK(ReaderFindings(broken, "SD023") ==
        Lines{"readers.xml:73:5: error: <family-information> tells Callum Reed ('p2'), who is "
              "alleged to have caused harm, but has no police-agreed=\"yes\" while a police "
              "investigation is recorded [SD023]"});
  CHECK(ReaderFindings(alleged, "SD023").empty());
  // With no police investigation there is nothing to agree.
  std::string no_investigation = Edit(
      broken,
      "<criminal-investigation share=\"restricted\" agencies=\"police\">Police will speak to Wes "
      "after the medical.</criminal-investigation>",
      "");
  CHECK(ReaderFindings(no_investigation, "SD023").empty());
}

// SD024: a parent living apart is told about the children's household.

TEST_CASE("SD024 a letter to a parent living apart names the mother") {
  // Nadia's name is shared with Callum, so SD022 does not stop the letter;
  // SD024 still asks whether he should know.
  std::string shared = Edit(ReadersRecord(), "<name>Nadia Fenwick</name>",
                            "<name to=\"p1 p2\">Nadia Fenwick</name>");
  std::string broken =
      Edit(shared, kFatherText, "Josh Pelling will phone you. Nadia knows about the visit.");
  CHECK(ReaderFindings(broken, "SD024") ==
        Lines{"readers.xml:28:118: warning: <name> reaches Callum Reed, a parent living apart "
              "from the children, and names someone who lives with them: Nadia Fenwick ('Nadia') "
              "[SD024]",
              "readers.xml:73:5: warning: <family-information> reaches Callum Reed, a parent "
              "living apart from the children, and names someone who lives with them: Nadia "
              "Fenwick ('Nadia') [SD024]"});
  CHECK(ReaderFindings(broken, "SD022").empty());
  CHECK(ReaderFindings(ReadersRecord(), "SD024").empty());
}

TEST_CASE("SD024 an address shared with a parent living apart") {
  std::string broken =
      Edit(ReadersRecord(), "<address>14 Quarry Row", "<address to=\"p1 p2\">14 Quarry Row");
  CHECK(ReaderFindings(broken, "SD024") ==
        Lines{"readers.xml:28:144: warning: <address> reaches Callum Reed, a parent living apart "
              "from the children, and gives the address of someone who lives with them: Nadia "
              "Fenwick ('14 Quarry Row') [SD024]"});
}

// SD025: a child of 4 or more has words and pictures.

TEST_CASE("SD025 a child who turns 4 on the day of the meeting") {
  std::string four = Edit(ReadersRecord(), "<born>2023-05-02</born>", "<born>2022-11-20</born>");
  CHECK(ReaderFindings(four, "SD025") ==
        Lines{"readers.xml:20:5: warning: child 'c2' is 4, but no <words-and-pictures> is written "
              "for them [SD025]"});
  std::string three = Edit(ReadersRecord(), "<born>2023-05-02</born>", "<born>2022-11-21</born>");
  CHECK(ReaderFindings(three, "SD025").empty());
  // A referral is not a discussion that explains itself to the child.
  CHECK(ReaderFindings(Edit(four, "outcome=\"s47\"", "outcome=\"referral\""), "SD025").empty());
}

TEST_CASE("SD025 the age is a setting") {
  ReadRecord read(ReadersRecord(), kName);
  DiagnosticList diagnostics;
  RuleInput input{*read.record, DefaultCalendar()};
  input.words_and_pictures_age = 3;
  RunPracticeRules(input, diagnostics);
  Lines found;
  for (const Diagnostic& diagnostic : diagnostics.all())
    if (diagnostic.rule == "SD025") found.push_back(Render(diagnostic));
  CHECK(found == Lines{"readers.xml:20:5: warning: child 'c2' is 3, but no <words-and-pictures> "
                       "is written for them [SD025]"});
}

// SD026: the outcome contradicts the record.

TEST_CASE("SD026 no further action with a medical, a child seen and a criminal investigation") {
  std::string broken = Edit(ReadersRecord(), "outcome=\"s47\"", "outcome=\"no-further-action\"");
  CHECK(ReaderFindings(broken, "SD026") ==
        Lines{"readers.xml:68:5: error: the outcome is no-further-action, but <child-seen> says "
              "who sees the child [SD026]",
              "readers.xml:69:24: error: the outcome is no-further-action, but a child protection "
              "medical is required [SD026]",
              "readers.xml:70:5: error: the outcome is no-further-action, but a "
              "<criminal-investigation> is recorded [SD026]"});
  CHECK(ReaderFindings(ReadersRecord(), "SD026").empty());
}

TEST_CASE("SD026 a deferred decision whose threshold is decided") {
  std::string deferred = Edit(ReadersRecord(), "<decision outcome=\"s47\" threshold=\"met\">",
                              "<decision outcome=\"deferred\" threshold=\"met\">");
  CHECK(ReaderFindings(deferred, "SD026") ==
        Lines{"readers.xml:65:43: error: the decision is deferred, but its threshold is 'met' "
              "[SD026]"});
  CHECK(ReaderFindings(Edit(deferred, "threshold=\"met\"", "threshold=\"undecided\""), "SD026")
            .empty());
}

// SD028: family text repeats a child's voice.

TEST_CASE("SD028 a danger statement that repeats what Oscar said") {
  std::string broken = Edit(
      ReadersRecord(), "feel frightened at home.</danger-statement>",
      "feel frightened at home. When Wiz gets angry he hides under his bed.</danger-statement>");
  CHECK(ReaderFindings(broken, "SD028") ==
        Lines{"readers.xml:51:167: warning: <danger-statement> repeats 9 words in a row from the "
              "voice of child 'c1': 'When Wiz gets angry he hides under his bed' [SD028]"});
  // Five words in a row are a turn of phrase, not what he said.
  std::string five =
      Edit(ReadersRecord(), "feel frightened at home.</danger-statement>",
           "feel frightened at home. When Wiz gets angry he shouts.</danger-statement>");
  CHECK(ReaderFindings(five, "SD028").empty());
}

// SD029: a police investigation holds back a family document.

TEST_CASE("SD029 a family information and a story the police have not agreed") {
  std::string broken =
      Edit(ReadersRecord(), "at=\"2026-11-20T15:00:00+00:00\" police-agreed=\"yes\"",
           "at=\"2026-11-20T15:00:00+00:00\"");
  broken = Edit(broken, "by=\"a2\" police-agreed=\"yes\">", "by=\"a2\">");
  CHECK(ReaderFindings(broken, "SD029") ==
        Lines{"readers.xml:58:3: warning: a police investigation is recorded and this "
              "<words-and-pictures> has no police-agreed=\"yes\", so the words and pictures for "
              "Oscar Fenwick are held back [SD029]",
              "readers.xml:72:5: warning: a police investigation is recorded and this "
              "<family-information> has no police-agreed=\"yes\", so the letter to Nadia Fenwick "
              "is held back [SD029]"});
  CHECK(ReaderFindings(ReadersRecord(), "SD029").empty());
}

TEST_CASE("SD029 a format-1 record under police investigation cannot record the agreement") {
  std::string investigated =
      Edit(BaseRecord(), "<legal-action required=\"no\">",
           "<criminal-investigation share=\"restricted\" agencies=\"police\">Police will interview "
           "Lee.</criminal-investigation><legal-action required=\"no\">");
  CHECK(Findings(investigated, "SD029") ==
        Lines{"base.xml:57:3: warning: a police investigation is recorded and a format-1 record "
              "cannot say that the police agreed what the family is told, so the letter to Jo "
              "Archer is held back [SD029]"});
  CHECK(Findings(BaseRecord(), "SD029").empty());
}

// What the build asks before it writes a family document.

TEST_CASE("a letter that names someone hidden, to an alleged parent, is withheld") {
  std::string record =
      Edit(ReadersRecord(), "lives-with=\"\" alleged=\"no\"", "lives-with=\"\" alleged=\"yes\"");
  record = Edit(record, "at=\"2026-11-20T16:00:00+00:00\" police-agreed=\"yes\"",
                "at=\"2026-11-20T16:00:00+00:00\"");
  record = Edit(record, kFatherText, "Josh Pelling will phone you about Wiz.");
  ReadRecord read(record, kName);
  FamilyReaders readers(*read.record);
  CHECK(Rendered(ReasonsToWithhold(*read.record, readers, Letter(*read.record, "p2"))) ==
        Lines{"readers.xml:73:106: error: the letter to Callum Reed would name Wes Garrow "
              "('Wiz'), whom Callum Reed may not be told about [SD022]",
              "readers.xml:73:5: error: <family-information> tells Callum Reed ('p2'), who is "
              "alleged to have caused harm, but has no police-agreed=\"yes\" while a police "
              "investigation is recorded [SD023]"});
  CHECK(ReasonsToWithhold(*read.record, readers, Letter(*read.record, "p1")).empty());
  CHECK(ReasonsToWithhold(*read.record, readers, Story(*read.record, "c1")).empty());
  Diagnostic why;
  REQUIRE(HeldBack(*read.record, readers, Letter(*read.record, "p2"), &why));
  CHECK(Render(why) ==
        "readers.xml:73:5: warning: a police investigation is recorded and this "
        "<family-information> has no police-agreed=\"yes\", so the letter to Callum Reed is held "
        "back [SD029]");
  CHECK(!HeldBack(*read.record, readers, Letter(*read.record, "p1")));
  CHECK(!HeldBack(*read.record, readers, Story(*read.record, "c1")));
}
