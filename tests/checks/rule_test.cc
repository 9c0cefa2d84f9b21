// Each practice rule, broken one way and satisfied, on records/base.xml. The
// expected text is exactly what `sdgen check` prints as the first line.

#include <catch2/catch.hpp>
#include <filesystem>

#include "checks/practice_rule.h"
#include "rule_fixture.h"
#include "test_paths.h"

using namespace sdgen::test;
using Lines = std::vector<std::string>;

namespace {

const std::string kDecision = "<decision outcome=\"s47\" threshold=\"met\">";
const std::string kLado = "<lado involved=\"no\"/>";

// The base record deferred, held on the Friday before British Summer Time
// ends (Sunday 25 October 2026), reconvening at `reconvene`.
std::string Deferred(const std::string& reconvene, const std::string& plan) {
  std::string record =
      Edit(BaseRecord(), kDecision, "<decision outcome=\"deferred\" threshold=\"not-met\">");
  record = Edit(record, "<held>2026-11-20T10:00:00+00:00</held>",
                "<held>2026-10-23T10:00:00+01:00</held>");
  return Edit(record, kLado,
              kLado +
                  "<deferral><reason>Police checks are not back.</reason>"
                  "<information-required>Police records on Lee.</information-required>"
                  "<reconvene>" +
                  reconvene +
                  "</reconvene>"
                  "<interim-safety-plan>" +
                  plan + "</interim-safety-plan></deferral>");
}

// The number of the rule a finding names: "... [SD017]" -> 17.
int RuleNumber(const std::string& finding) {
  return std::stoi(finding.substr(finding.rfind("[SD") + 3, 3));
}

const std::string kSeePlan = "Bob Worker will see Ben and Mia at home at 4pm today.";

// p3 becomes someone who works with children, with the LADO element `lado`.
std::string AllegedWorker(const std::string& lado) {
  std::string record =
      Edit(BaseRecord(), "works-with-children=\"no\"", "works-with-children=\"yes\"");
  return Edit(record, kLado, lado);
}

}  // namespace

TEST_CASE("the base record satisfies every practice rule") {
  CHECK(AllFindings(BaseRecord()) == Lines{});
}

// The rules about family readers (SD022 on) are left out here: they apply to
// format-1 records too, and the format-1 fixtures were written before them.
// reader_rules_test.cc checks them on the format-2 example.
TEST_CASE("the fixtures and the shared example raise no finding of SD001 to SD021") {
  std::vector<std::string> paths = {SharedPath("spec/example-record.xml")};
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("fixtures")))
    if (entry.path().extension() == ".xml") paths.push_back(entry.path().string());
  REQUIRE(paths.size() >= 10);  // the example and every fixture
  for (const std::string& path : paths) {
    INFO(path);
    Lines findings;
    for (const std::string& finding : AllFindings(ReadFile(path), path))
      if (RuleNumber(finding) <= 21) findings.push_back(finding);
    CHECK(findings == Lines{});
  }
}

TEST_CASE("the rule table lists SD001 to SD029 in order, each explained") {
  std::vector<std::string> ids;
  for (int number = 1; number <= 29; ++number) {
    char id[32];
    std::snprintf(id, sizeof id, "SD%03d", number);
    ids.push_back(id);
  }
  const auto& rules = sdgen::PracticeRules();
  REQUIRE(rules.size() == ids.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    const std::string& id = ids[i];
    CHECK(std::string(rules[i].id) == id);
    CHECK(std::string(rules[i].summary).size() > 10);
    CHECK(std::string(rules[i].guidance).size() > 10);
    CHECK(sdgen::FindPracticeRule(id) == &rules[i]);
  }
}

TEST_CASE("SD001 an action with no owner") {
  std::string broken = Edit(BaseRecord(), "<action id=\"x1\" owner=\"a2\" ", "<action id=\"x1\" ");
  CHECK(Findings(broken, "SD001") ==
        Lines{"base.xml:68:5: error: action 'x1' has no owner [SD001]"});
  CHECK(Findings(BaseRecord(), "SD001").empty());
}

TEST_CASE("SD002 a deferral reconvening 73 hours later across the end of summer time") {
  // 10:00 BST Friday to 10:00 GMT Monday reads as 72 hours but is 73.
  CHECK(Findings(Deferred("2026-10-26T10:00:00+00:00", kSeePlan), "SD002") ==
        Lines{"base.xml:65:158: error: reconvene '2026-10-26T10:00:00+00:00' is 73 hours after "
              "the discussion; a deferral reconvenes within 72 hours [SD002]"});
  // 09:00 GMT Monday is exactly 72 hours after 10:00 BST Friday.
  CHECK(Findings(Deferred("2026-10-26T09:00:00+00:00", kSeePlan), "SD002").empty());
}

TEST_CASE("SD002 an interim safety plan that does not say when the child is seen") {
  CHECK(
      Findings(Deferred("2026-10-26T09:00:00+00:00", "Lee will stay with his brother."), "SD002") ==
      Lines{"base.xml:65:195: error: the interim safety plan does not say when the child is "
            "seen [SD002]"});
}

TEST_CASE("SD003 harm substantiated but the child is seen after 24 hours") {
  std::string broken = Edit(BaseRecord(), "at=\"2026-11-20T15:00:00+00:00\"/>",
                            "at=\"2026-11-21T16:30:00+00:00\"/>");
  CHECK(Findings(broken, "SD003") ==
        Lines{"base.xml:60:29: error: the child is seen 30 hours 30 minutes after the discussion; "
              "with harm substantiated, within 24 hours [SD003]"});
  CHECK(
      Findings(Edit(broken, "<harm-substantiated>yes", "<harm-substantiated>no"), "SD003").empty());
}

TEST_CASE("SD004 police sent apologies") {
  std::string broken = Edit(BaseRecord(), "role=\"police\" agency=\"Police\" present=\"yes\"",
                            "role=\"police\" agency=\"Police\" present=\"apologies\"");
  CHECK(Findings(broken, "SD004") ==
        Lines{"base.xml:32:5: warning: no police officer took part in the discussion [SD004]"});
  std::string report = Edit(BaseRecord(), "role=\"police\" agency=\"Police\" present=\"yes\"",
                            "role=\"police\" agency=\"Police\" present=\"report-only\"");
  CHECK(Findings(report, "SD004").empty());
}

TEST_CASE("SD005 a school-age child with no school nurse invited") {
  std::string broken = Edit(BaseRecord(), "role=\"school-nurse\"", "role=\"health\"");
  CHECK(Findings(broken, "SD005") ==
        Lines{"base.xml:14:5: warning: child 'c1' is 8, but no school nurse was invited [SD005]"});
  CHECK(Findings(BaseRecord(), "SD005").empty());
}

TEST_CASE("SD005 the age is counted on the day of the meeting") {
  std::string no_visitor = Edit(BaseRecord(), "role=\"health-visitor\"", "role=\"health\"");
  // Mia turns 5 the day after the meeting: still under 5, so a health visitor.
  CHECK(Findings(Edit(no_visitor, "<born>2024-02-10</born>", "<born>2021-11-21</born>"), "SD005") ==
        Lines{"base.xml:20:5: warning: child 'c2' is 4, but no health visitor was invited "
              "[SD005]"});
  // Turning 5 on the day: school and school nurse, both invited.
  CHECK(Findings(Edit(no_visitor, "<born>2024-02-10</born>", "<born>2021-11-20</born>"), "SD005")
            .empty());
}

TEST_CASE("SD006 a red MASH enquiry that took longer than 4 hours") {
  std::string broken = Edit(BaseRecord(), "<mash-enquiry-completed>2026-11-20T09:00",
                            "<mash-enquiry-completed>2026-11-20T11:30");
  CHECK(Findings(broken, "SD006") ==
        Lines{"base.xml:9:29: warning: the MASH enquiry took 4 hours 30 minutes; a red rating "
              "allows 4 hours [SD006]"});
  CHECK(Findings(Edit(broken, "rating=\"red\"", "rating=\"amber\""), "SD006").empty());
}

TEST_CASE("SD006 no timing rationale") {
  std::string broken =
      Edit(BaseRecord(),
           "<timing-rationale>Held the same morning so the school could join before home "
           "time.</timing-rationale>",
           "");
  CHECK(Findings(broken, "SD006") ==
        Lines{"base.xml:5:3: warning: the meeting has no <timing-rationale> [SD006]"});
}

TEST_CASE("SD007 a score with no rationale") {
  std::string broken = Edit(BaseRecord(), "Jo is protective but Lee still lives at home.", "");
  CHECK(Findings(broken, "SD007") ==
        Lines{"base.xml:54:7: error: the score has no rationale [SD007]"});
  CHECK(Findings(BaseRecord(), "SD007").empty());
}

TEST_CASE("SD008 no safety goal") {
  std::string base = BaseRecord();
  size_t start = base.find("    <safety-goal");
  std::string broken = base.substr(0, start) + base.substr(base.find('\n', start) + 1);
  CHECK(Findings(broken, "SD008") ==
        Lines{"base.xml:39:3: warning: the mapping has no <safety-goal> [SD008]"});
  CHECK(Findings(BaseRecord(), "SD008").empty());
}

TEST_CASE("SD009 a child with no voice") {
  std::string broken = Edit(
      BaseRecord(),
      "<voice share=\"family\">Mia is too young to say; she is settled at nursery.</voice>", "");
  CHECK(Findings(broken, "SD009") ==
        Lines{"base.xml:20:5: warning: child 'c2' has no <voice> [SD009]"});
  CHECK(Findings(BaseRecord(), "SD009").empty());
}

TEST_CASE("SD010 no father listed and no word on why") {
  std::string broken = Edit(BaseRecord(), "relationship=\"father\"", "relationship=\"other\"");
  CHECK(Findings(broken, "SD010") ==
        Lines{"base.xml:3:1: warning: no father is listed in <people> and the record does not "
              "say why [SD010]"});
  std::string explained =
      Edit(broken, "Whether police have been called to the home before.",
           "Ben's father lives abroad; we need to know whether he can be reached.");
  CHECK(Findings(explained, "SD010").empty());
}

TEST_CASE("SD011 other children not considered") {
  std::string broken = Edit(
      BaseRecord(),
      "<other-children>Mia lives at the same home and is part of this enquiry.</other-children>",
      "");
  CHECK(Findings(broken, "SD011") ==
        Lines{"base.xml:57:3: warning: the decision does not consider other children [SD011]"});
  CHECK(Findings(BaseRecord(), "SD011").empty());
}

TEST_CASE("SD012 no family information") {
  std::string broken =
      Edit(BaseRecord(),
           "<family-information share=\"family\">Bob Worker will explain the enquiry to Jo "
           "today.</family-information>",
           "");
  CHECK(Findings(broken, "SD012") ==
        Lines{"base.xml:57:3: error: the decision has no <family-information> [SD012]"});
  CHECK(Findings(BaseRecord(), "SD012").empty());
}

TEST_CASE("SD013 an alleged person who works with children, LADO not involved") {
  CHECK(Findings(AllegedWorker(kLado), "SD013") ==
        Lines{"base.xml:65:21: error: the LADO is not involved, but person 'p3' is alleged and "
              "works with children [SD013]"});
  CHECK(Findings(AllegedWorker("<lado involved=\"yes\" informed=\"2026-11-20T12:00:00+00:00\"/>"),
                 "SD013")
            .empty());
}

TEST_CASE("SD014 no threshold") {
  std::string broken = Edit(BaseRecord(), kDecision, "<decision outcome=\"s47\">");
  CHECK(Findings(broken, "SD014") ==
        Lines{"base.xml:57:3: error: the decision does not say whether the threshold is met "
              "[SD014]"});
  CHECK(Findings(BaseRecord(), "SD014").empty());
}

TEST_CASE("SD015 no legal-action decision") {
  std::string broken =
      Edit(BaseRecord(), "<legal-action required=\"no\">Jo is working with us.</legal-action>", "");
  CHECK(Findings(broken, "SD015") ==
        Lines{"base.xml:57:3: error: the decision does not say whether legal action is needed "
              "[SD015]"});
  CHECK(Findings(BaseRecord(), "SD015").empty());
}

TEST_CASE("SD016 a present agency that neither agreed nor disagreed") {
  std::string broken = Edit(
      BaseRecord(), "<agreement by=\"a5\" how=\"email\" at=\"2026-11-20T12:00:00+00:00\"/>", "");
  CHECK(Findings(broken, "SD016") ==
        Lines{"base.xml:36:5: error: agency 'Hill Primary School' took part but neither agreed "
              "the decision nor recorded a disagreement [SD016]"});
  CHECK(Findings(BaseRecord(), "SD016").empty());
}

TEST_CASE("SD016 a record with no sign-off is an unsigned draft") {
  std::string base = BaseRecord();
  size_t start = base.find("  <sign-off>");
  size_t end = base.find("</sign-off>") + std::string("</sign-off>\n").size();
  CHECK(Findings(base.substr(0, start) + base.substr(end), "SD016").empty());
}

TEST_CASE("SD016 agreements but no signature") {
  std::string broken =
      Edit(BaseRecord(), "<signature by=\"a1\" at=\"2026-11-20T11:00:00+00:00\"/>", "");
  // Without the chair's signature, the chair's agency has not signed off either.
  CHECK(Findings(broken, "SD016") ==
        Lines{"base.xml:32:5: error: agency 'Children's Social Care' took part but neither "
              "agreed the decision nor recorded a disagreement [SD016]",
              "base.xml:57:3: error: the decision sheet has no chair's signature [SD016]"});
}

TEST_CASE("SD016 a decision sheet signed by someone other than the chair") {
  std::string broken = Edit(BaseRecord(), "<signature by=\"a1\"", "<signature by=\"a2\"");
  CHECK(Findings(broken, "SD016") ==
        Lines{"base.xml:74:20: error: the decision sheet is signed by 'a2', who is not the "
              "chair [SD016]"});
}

TEST_CASE("SD017 a danger statement without 'if nothing changes'") {
  std::string broken =
      Edit(BaseRecord(), "worried that if nothing changes, Ben", "worried that Ben");
  CHECK(Findings(broken, "SD017") ==
        Lines{"base.xml:50:5: warning: the danger statement does not say 'if nothing changes' "
              "[SD017]"});
  CHECK(
      Findings(Edit(BaseRecord(), "if nothing changes", "unless things change"), "SD017").empty());
}

TEST_CASE("SD017 a safety goal that does not name a child") {
  std::string broken = Edit(BaseRecord(), "<safety-goal children=\"c1 c2\">Ben and Mia feel",
                            "<safety-goal children=\"c1 c2\">Ben and his sister feel");
  CHECK(Findings(broken, "SD017") ==
        Lines{"base.xml:51:5: warning: the safety goal does not name child 'c2' in its text "
              "[SD017]"});
}

TEST_CASE("SD018 a mark in harm, no medical, no reason") {
  std::string base = BaseRecord();
  size_t start = base.find("<medical required=\"no\">");
  size_t end = base.find("</medical>") + std::string("</medical>").size();
  std::string broken = base.substr(0, start) + "<medical required=\"no\"/>" + base.substr(end);
  CHECK(Findings(broken, "SD018") ==
        Lines{"base.xml:61:24: warning: harm mentions 'mark' but no child protection medical is "
              "planned and no reason is recorded [SD018]"});
  CHECK(Findings(BaseRecord(), "SD018").empty());
}

TEST_CASE("SD019 the LADO told two working days after a Friday meeting") {
  std::string late = "<lado involved=\"yes\" informed=\"2026-11-24T09:00:00+00:00\"/>";
  CHECK(Findings(AllegedWorker(late), "SD019") ==
        Lines{"base.xml:65:36: warning: the LADO was told on 2026-11-24, more than 1 working day "
              "after the discussion (by 2026-11-23) [SD019]"});
  // Friday to Monday is one working day: the weekend does not count.
  std::string monday = "<lado involved=\"yes\" informed=\"2026-11-23T16:00:00+00:00\"/>";
  CHECK(Findings(AllegedWorker(monday), "SD019").empty());
}

TEST_CASE("SD019 over Christmas the bank holidays do not count") {
  // Held Thursday 24 December 2026; Friday 25 and Monday 28 (Boxing Day moved
  // from the Saturday) are bank holidays, so the next working day is Tuesday 29.
  std::string christmas =
      Edit(AllegedWorker("<lado involved=\"yes\" informed=\"2026-12-29T16:00:00+00:00\"/>"),
           "<held>2026-11-20T10:00:00+00:00</held>", "<held>2026-12-24T10:00:00+00:00</held>");
  CHECK(Findings(christmas, "SD019").empty());
  std::string late = Edit(christmas, "informed=\"2026-12-29", "informed=\"2026-12-30");
  CHECK(Findings(late, "SD019") ==
        Lines{"base.xml:65:36: warning: the LADO was told on 2026-12-30, more than 1 working day "
              "after the discussion (by 2026-12-29) [SD019]"});
}

TEST_CASE("SD020 a disagreement that does not say whether it was escalated") {
  std::string disagreement =
      "<disagreement by=\"a5\" at=\"2026-11-20T12:00:00+00:00\"%>The school thinks the "
      "threshold is not met.</disagreement>";
  auto with = [&](const std::string& attributes) {
    std::string text = disagreement;
    text.replace(text.find('%'), 1, attributes);
    return Edit(BaseRecord(),
                "<agreement by=\"a5\" how=\"email\" at=\"2026-11-20T12:00:00+00:00\"/>", text);
  };
  CHECK(Findings(with(""), "SD020") ==
        Lines{"base.xml:73:5: warning: the disagreement by 'a5' does not say whether the "
              "escalation procedure was started [SD020]"});
  CHECK(Findings(with(" escalated=\"no\""), "SD020").empty());
  CHECK(Findings(with(" escalated=\"no\""), "SD016").empty());
}

TEST_CASE("SD021 a child in hospital with no discharge plan or hospital professional") {
  std::string broken =
      Edit(BaseRecord(), "<child id=\"c1\">", "<child id=\"c1\" in-hospital=\"yes\">");
  CHECK(Findings(broken, "SD021") ==
        Lines{"base.xml:14:5: warning: child 'c1' is in hospital but there is no "
              "<discharge-plan> [SD021]",
              "base.xml:14:5: warning: child 'c1' is in hospital but no paediatrician or hospital "
              "health professional took part [SD021]"});
  std::string planned =
      Edit(Edit(broken, kLado,
                kLado + "<discharge-plan>Ben stays on the ward until a safety plan is agreed."
                        "</discharge-plan>"),
           "<attendee id=\"a6\"",
           "<attendee id=\"a7\" role=\"health\" agency=\"Health\" present=\"yes\"><name>Gus "
           "Doctor</name><job-title>Consultant Paediatrician</job-title></attendee>\n"
           "    <attendee id=\"a6\"");
  CHECK(Findings(planned, "SD021").empty());
}
