// Each compile error a council can make, with the exact place it is reported.
// Snippets are written so the offending text is easy to count: the column in
// each expectation is where the field path (or element name) starts.

#include <catch2/catch.hpp>

#include "template_test_support.h"

using sdgen::test::CompileSnippet;

namespace {

std::string Family(const std::string& body) {
  return "<template document=\"t\" audience=\"family\" once-per=\"parent\" title=\"T\">\n" +
         body + "\n</template>\n";
}

std::string Professionals(const std::string& body) {
  return "<template document=\"t\" audience=\"professionals\" title=\"T\">\n" + body +
         "\n</template>\n";
}

}  // namespace

TEST_CASE("a valid template compiles without diagnostics", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ record-id }}</p>"));
  INFO(result.diagnostics);
  CHECK(result.compiled);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("an unknown field is reported where it is written, with a suggestion", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ meeting.hled | date }}</p>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: unknown field `hled` in meeting [TP010]"));
  CHECK_THAT(result.diagnostics, Catch::Contains("did you mean `held`?"));
}

TEST_CASE("an unknown top-level field suggests the nearest name", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ childen | names | join }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: unknown field `childen` [TP010]"));
  CHECK_THAT(result.diagnostics, Catch::Contains("did you mean `children`?"));
}

TEST_CASE("a formatter on the wrong type is an error", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ meeting.reason | date otherwise \"x\" }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:24: error: `date` formats a date or date-time, but "
                             "it was given a text [TP011]"));
}

TEST_CASE("a date printed without a formatter is an error", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ meeting.held otherwise \"x\" }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `meeting.held` is a date-time and cannot "
                             "be printed as it is [TP011]"));
  CHECK_THAT(result.diagnostics, Catch::Contains("add `| date`"));
}

TEST_CASE("a loop over a single value is an error", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<for each=\"o in decision.outcome\"><p>x</p></for>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:17: error: `decision.outcome` is a single outcome, "
                             "not a list: there is nothing to go through [TP011]"));
}

TEST_CASE("a field of a list must be reached through a loop", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ mapping.harms.text }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `mapping.harms` is a list; go through it "
                             "with <for each=\"x in mapping.harms\"> and use x.text [TP011]"));
}

TEST_CASE("audience: a field that may be hidden needs a fallback", "[type_checker][audience]") {
  auto result = CompileSnippet(Family("<p>{{ decision.criminal-investigation }}</p>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `decision.criminal-investigation` may be "
                             "hidden from a family audience (`decision.criminal-investigation` "
                             "carries its own share), so say what to print when it is [TP012]"));
}

TEST_CASE("audience: otherwise or <if has> satisfies the checker", "[type_checker][audience]") {
  auto with_otherwise = CompileSnippet(
      Family("<p>{{ decision.criminal-investigation otherwise \"Ask your social worker.\" }}</p>"));
  INFO(with_otherwise.diagnostics);
  CHECK(with_otherwise.compiled);
  auto with_if = CompileSnippet(Family(
      "<if has=\"decision.criminal-investigation\"><p>{{ decision.criminal-investigation }}</p>"
      "</if>"));
  INFO(with_if.diagnostics);
  CHECK(with_if.compiled);
}

TEST_CASE("audience: a professionals-only field can never be in a family document",
          "[type_checker][audience]") {
  auto result = CompileSnippet(Family("<p>{{ meeting.contact-received | date otherwise \"soon\" }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `meeting.contact-received` is for "
                             "professionals only and can never appear in a family document "
                             "[TP012]"));
  // When the meeting was held is for the family: a letter says when it was.
  auto held = CompileSnippet(Family("<p>{{ meeting.held | date otherwise \"lately\" }}</p>"));
  INFO(held.diagnostics);
  CHECK(held.compiled);
}

TEST_CASE("audience: a family document is written for one reader", "[type_checker][audience]") {
  auto result = CompileSnippet(
      "<template document=\"t\" audience=\"family\" title=\"T\">\n<p>Hello.</p>\n</template>\n");
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:1:34: error: a family document is written for one "
                             "reader at a time [TP003]"));
}

TEST_CASE("audience: an attendee reaches a family reader only where their name does",
          "[type_checker][audience]") {
  // The loop yields only the attendees whose name reaches the reader.
  auto loop = CompileSnippet(Family("<for each=\"a in attendees\"><p>{{ a.name }}</p></for>"));
  INFO(loop.diagnostics);
  CHECK(loop.compiled);
  auto owner_bare =
      CompileSnippet(Family("<for each=\"a in actions\"><p>{{ a.owner.name }}</p></for>"));
  CHECK_THAT(owner_bare.diagnostics,
             Catch::Contains("`a.owner.name` may be hidden from a family audience"));
  auto owner = CompileSnippet(
      Family("<for each=\"a in actions\"><p>{{ a.owner.name otherwise \"someone\" }}</p></for>"));
  INFO(owner.diagnostics);
  CHECK(owner.compiled);
}

TEST_CASE("a loop item's own text needs no fallback", "[type_checker][audience]") {
  auto result =
      CompileSnippet(Family("<for each=\"h in mapping.harms\"><p>{{ h.text }}</p></for>"));
  INFO(result.diagnostics);
  CHECK(result.compiled);
}

TEST_CASE("a field the record may leave out needs a fallback", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>{{ meeting.timing-rationale }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `meeting.timing-rationale` may be hidden"));
  auto required = CompileSnippet(Professionals(
      "<if has=\"decision.deferral\"><p>{{ decision.deferral.reconvene | date }}</p></if>"));
  CHECK_THAT(required.diagnostics,
             Catch::Contains("error: `decision.deferral.reconvene` may be missing from the "
                             "record, so say what to print when it is [TP013]"));
}

TEST_CASE("the earlier discussion's note carries its own share", "[type_checker][audience]") {
  auto professionals = CompileSnippet(Professionals(
      "<if has=\"meeting.previous\"><p>{{ meeting.previous }}: {{ meeting.previous-note "
      "otherwise \"no note\" }}</p></if>"));
  INFO(professionals.diagnostics);
  CHECK(professionals.compiled);
  auto family = CompileSnippet(Family("<p>{{ meeting.previous-note }}</p>"));
  CHECK_THAT(family.diagnostics,
             Catch::Contains("snippet.xml:2:7: error: `meeting.previous-note` may be hidden from "
                             "a family audience (`meeting.previous-note` carries its own share), "
                             "so say what to print when it is [TP012]"));
  auto misspelt = CompileSnippet(Professionals("<p>{{ meeting.previous-nte }}</p>"));
  CHECK_THAT(misspelt.diagnostics, Catch::Contains("did you mean `previous-note`?"));
}

TEST_CASE("a child's date of birth and age are for professionals, as the record format says",
          "[type_checker][audience]") {
  for (const char* field : {"c.born | date", "c.age"}) {
    auto family = CompileSnippet(Family(std::string("<for each=\"c in children\"><p>{{ ") + field +
                                        " otherwise \"-\" }}</p></for>"));
    INFO(field);
    CHECK_FALSE(family.compiled);
    CHECK_THAT(family.diagnostics, Catch::Contains("is for professionals only and can never "
                                                   "appear in a family document [TP012]"));
  }
  auto minutes = CompileSnippet(Professionals(
      "<for each=\"c in children\"><p>{{ c.born | date otherwise \"-\" }}</p></for>"));
  INFO(minutes.diagnostics);
  CHECK(minutes.compiled);
}

TEST_CASE("restricted templates see items shared with all their agencies",
          "[type_checker][audience]") {
  auto no_agencies =
      CompileSnippet("<template document=\"t\" audience=\"restricted\" title=\"T\"></template>");
  CHECK_THAT(no_agencies.diagnostics,
             Catch::Contains("snippet.xml:1:34: error: a restricted template must name its "
                             "agencies [TP003]"));
}

TEST_CASE("syntax errors are located: unclosed braces, stray braces, bad formatter",
          "[type_checker][syntax]") {
  auto unclosed = CompileSnippet(Professionals("<p>Hello {{ record-id </p>"));
  CHECK_THAT(unclosed.diagnostics,
             Catch::Contains("snippet.xml:2:10: error: `{{` is not closed [TP004]"));
  auto stray = CompileSnippet(Professionals("<p>Hello }} there</p>"));
  CHECK_THAT(stray.diagnostics,
             Catch::Contains("snippet.xml:2:10: error: `}}` without a matching `{{` [TP004]"));
  auto formatter = CompileSnippet(Professionals("<p>{{ meeting.held | dte }}</p>"));
  CHECK_THAT(formatter.diagnostics,
             Catch::Contains("snippet.xml:2:22: error: unknown formatter `dte` [TP011]"));
  CHECK_THAT(formatter.diagnostics, Catch::Contains("did you mean `date`?"));
}

TEST_CASE("entities before an error do not shift its column", "[type_checker][syntax]") {
  auto result = CompileSnippet(Professionals("<p>A &amp; B {{ nope }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:17: error: unknown field `nope` [TP010]"));
}

TEST_CASE("structure errors: unknown elements, misplaced text and elements",
          "[type_checker][syntax]") {
  auto element = CompileSnippet(Professionals("<paragraph>x</paragraph>"));
  CHECK_THAT(element.diagnostics,
             Catch::Contains("snippet.xml:2:2: error: unknown element `<paragraph>` [TP002]"));
  auto text = CompileSnippet(Professionals("Loose words"));
  CHECK_THAT(
      text.diagnostics,
      Catch::Contains("error: text cannot stand directly in the body of a document [TP005]"));
  auto item = CompileSnippet(Professionals("<item>x</item>"));
  CHECK_THAT(item.diagnostics,
             Catch::Contains("snippet.xml:2:2: error: `<item>` cannot go in the body of a "
                             "document [TP005]"));
}

TEST_CASE("labels must cover every value of a choice", "[type_checker]") {
  auto result = CompileSnippet(
      Professionals("<p>{{ decision.outcome | label nonexistent otherwise \"x\" }}</p>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:26: error: labels.xml has no `nonexistent` labels "
                             "for outcome [TP015]"));
}

TEST_CASE("includes: partials are checked in place; missing ones are reported",
          "[type_checker][include]") {
  auto missing = CompileSnippet(Professionals("<include template=\"partials/nope\"/>"));
  CHECK_THAT(missing.diagnostics,
             Catch::Contains("snippet.xml:2:20: error: no partial called `partials/nope` [TP014]"));
  auto inner =
      CompileSnippet(Family("<include template=\"partials/bad\"/>"),
                     {{"partials/bad.xml", "<partial>\n<p>{{ meeting.reason }}</p>\n</partial>"}});
  CHECK_THAT(inner.diagnostics,
             Catch::Contains("bad.xml:2:7: error: `meeting.reason` may be hidden"));
}

TEST_CASE("every error of a template is reported in one run", "[type_checker]") {
  auto result = CompileSnippet(Professionals(
      "<p>{{ nope }}</p>\n<p>{{ meeting.held }}</p>\n<for each=\"x in record-id\"></for>"));
  CHECK(result.error_count == 3);
}

TEST_CASE("conditions and loops take a field name only", "[type_checker][syntax]") {
  auto result = CompileSnippet(Professionals("<if has=\"meeting.held | date\"><p>x</p></if>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:10: error: this attribute takes a field name only "
                             "[TP003]"));
}

TEST_CASE("a picture chosen by words needs a text, a marked one a number", "[type_checker]") {
  auto words = CompileSnippet(Professionals("<picture name=\"home\" choose=\"meeting.held\"/>"));
  CHECK_FALSE(words.compiled);
  CHECK_THAT(words.diagnostics,
             Catch::Contains("snippet.xml:2:30: error: `choose` needs a text, but `meeting.held` "
                             "is a date-time [TP011]"));
  auto mark = CompileSnippet(Professionals("<picture name=\"home\" mark=\"meeting.reason\"/>"));
  CHECK_THAT(mark.diagnostics,
             Catch::Contains("snippet.xml:2:28: error: `mark` needs a number, but "
                             "`meeting.reason` is a text [TP011]"));
  auto both = CompileSnippet(
      Professionals("<picture name=\"home\" choose=\"meeting.reason\" mark=\"meeting.reason\"/>"));
  CHECK_THAT(both.diagnostics,
             Catch::Contains("error: `<picture>` takes `choose` or `mark`, not both [TP003]"));
}

TEST_CASE("a marked picture needs the style's eleven marked pictures", "[type_checker]") {
  auto result = CompileSnippet(Professionals(
      "<for each=\"s in stories\"><picture name=\"home\" mark=\"s.how-safe.value\"/></for>"));
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:53: error: the style has no picture called `home-0` "
                             "for `mark` [TP016]"));
  auto scale = CompileSnippet(Professionals(
      "<for each=\"s in stories\"><picture name=\"scale\" mark=\"s.how-safe.value\"/>"
      "<picture name=\"home\" choose=\"s.what-happened\"/></for>"));
  INFO(scale.diagnostics);
  CHECK(scale.compiled);
}

TEST_CASE("a drawing is placed from a drawing field only", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<drawing of=\"meeting\"/>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:14: error: `of` needs a drawing, but `meeting` is"));
  auto drawing = CompileSnippet(Professionals(
      "<for each=\"s in stories\"><if has=\"s.drawing\"><drawing of=\"s.drawing\"/></if></for>"));
  INFO(drawing.diagnostics);
  CHECK(drawing.compiled);
}

TEST_CASE("words inside an element that prints nothing it holds are an error",
          "[type_checker]") {
  auto result = CompileSnippet(Professionals("<p>Dear<br>Siân</br></p><page-break>end</page-break>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:12: error: <br> holds nothing; what is written inside "
                             "it would never be printed [TP003]"));
  CHECK_THAT(result.diagnostics, Catch::Contains("error: <page-break> holds nothing"));
  CHECK(CompileSnippet(Professionals("<p>Dear<br/>Siân</p><page-break/>")).compiled);
}

TEST_CASE("a picture may be decorative and then takes no description", "[type_checker]") {
  auto decorative = CompileSnippet(Professionals("<picture name=\"home\" decorative=\"yes\"/>"));
  INFO(decorative.diagnostics);
  CHECK(decorative.compiled);
  CHECK(CompileSnippet(Professionals("<picture name=\"home\" decorative=\"no\"/>")).compiled);
  auto unknown = CompileSnippet(Professionals("<picture name=\"home\" decorative=\"maybe\"/>"));
  CHECK_FALSE(unknown.compiled);
  CHECK_THAT(unknown.diagnostics,
             Catch::Contains("snippet.xml:2:34: error: unknown `decorative` value `maybe` "
                             "[TP003]"));
  CHECK_THAT(unknown.diagnostics, Catch::Contains("suggestion: use yes or no"));
  auto described = CompileSnippet(
      Professionals("<picture name=\"home\" decorative=\"yes\" alt=\"A house\"/>"));
  CHECK_FALSE(described.compiled);
  CHECK_THAT(described.diagnostics,
             Catch::Contains("snippet.xml:2:44: error: a decorative picture has no description: "
                             "screen readers skip it [TP003]"));
  auto chosen = CompileSnippet(Professionals(
      "<for each=\"s in stories\"><picture name=\"home\" choose=\"s.what-happened\" "
      "decorative=\"yes\"/></for>"));
  CHECK_FALSE(chosen.compiled);
  CHECK_THAT(chosen.diagnostics,
             Catch::Contains("error: a picture chosen by `choose` or `mark` says something, so it "
                             "cannot be decorative [TP003]"));
}

TEST_CASE("a picture that is not decorative must be described", "[type_checker]") {
  auto result = CompileSnippet(Professionals("<picture name=\"home\" alt=\"\"/>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:2: error: picture `home` has no description [TP003]"));
}
