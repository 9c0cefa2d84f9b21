// Rendering the shipped templates: audience filtering, one letter per parent,
// restricted copies, and record text that looks like syntax printed literally.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "diagnostics/diagnostic_renderer.h"
#include "record/family_readers.h"
#include "style/file_overlay.h"
#include "template_test_support.h"
#include "test_paths.h"
#include "text/text_writer.h"

namespace sdgen::test {
namespace {

std::string TextOf(const std::vector<RenderedDocument>& documents, const std::string& name) {
  for (const RenderedDocument& document : documents) {
    if (document.name == name) return WritePlainText(document.document);
  }
  FAIL("no document called " << name);
  return "";
}

std::string ExampleText() {
  std::optional<std::string> text = ReadWholeFile(SharedPath("spec/example-record.xml"));
  REQUIRE(text);
  return *text;
}

void ReplaceOnce(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

}  // namespace

std::vector<std::string> Names(const std::vector<RenderedDocument>& documents) {
  std::vector<std::string> names;
  for (const RenderedDocument& document : documents) names.push_back(document.name);
  return names;
}

TEST_CASE("the format-1 example renders no letter for the alleged father and no story",
          "[render][readers]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*example.record);
  CHECK(Names(documents) == std::vector<std::string>{"danger-statement-safety-goal",
                                                     "decision-sheet", "family-letter-p1-sian-morgan",
                                                     "minutes", "minutes-restricted-police"});
  CHECK_THAT(TextOf(documents, "family-letter-p1-sian-morgan"), Catch::Contains("Dear Siân,"));
}

TEST_CASE("the format-2 example renders a letter for Siân only and a story for Kai only",
          "[render][readers]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record-format2.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*example.record);
  CHECK(Names(documents) == std::vector<std::string>{"danger-statement-safety-goal",
                                                     "decision-sheet", "family-letter-p1-sian-morgan",
                                                     "minutes", "minutes-restricted-police",
                                                     "words-and-pictures-c1-kai-morgan-price"});
  std::string letter = TextOf(documents, "family-letter-p1-sian-morgan");
  CHECK_THAT(letter, Catch::Contains("Dear Siân,"));
  CHECK_THAT(letter, Catch::Contains("Phone: 01632 960 417"));
  std::string story = TextOf(documents, "words-and-pictures-c1-kai-morgan-price");
  CHECK_THAT(story, Catch::Contains("This story is for Kai."));
  // Nothing of the record's other free text: not the harm as agencies wrote it.
  CHECK_THAT(story, !Catch::Contains("4 cm"));
}

TEST_CASE("dates, lists and durations are formatted through ICU in en_GB", "[render]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  std::string minutes = TextOf(RenderShipped(*example.record), "minutes");
  CHECK_THAT(minutes, Catch::Contains("Held: 20 November 2026 at 10:00 (online)"));
  CHECK_THAT(minutes, Catch::Contains("Born: 2 April 2019 (7 years)"));
  CHECK_THAT(minutes, Catch::Contains("within 24 hours of the discussion"));
  CHECK_THAT(minutes, Catch::Contains("Tom Ellis, DS Karen Holt, Łucja Nowak, Grace Okafor and\n"
                                      "Rhys Evans."));
}

TEST_CASE("restricted items stay out of the minutes for all agencies", "[render][audience]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*example.record);
  for (const char* name : {"minutes", "decision-sheet"}) {
    std::string text = TextOf(documents, name);
    CHECK_THAT(text, !Catch::Contains("joint visit with the social worker and will decide"));
    CHECK_THAT(text, !Catch::Contains("Complete police checks on Daniel"));
    CHECK_THAT(text, Catch::Contains("Arrange the child protection medical"));
  }
}

TEST_CASE("a restricted copy shows items shared with every agency it goes to",
          "[render][audience]") {
  std::string folder = MakeTemporaryFolder();
  const std::string body =
      "\" title=\"Restricted\">\n"
      "<if has=\"decision.criminal-investigation\"><p>{{ decision.criminal-investigation "
      "}}</p></if>\n"
      "<for each=\"a in actions\"><p>{{ a.task otherwise \"-\" }}</p></for>\n</template>\n";
  std::ofstream(folder + "/minutes-police.xml")
      << "<template document=\"minutes-police\" audience=\"restricted\" agencies=\"police" << body;
  std::ofstream(folder + "/minutes-police-health.xml")
      << "<template document=\"minutes-police-health\" audience=\"restricted\" "
         "agencies=\"police health"
      << body;
  DiagnosticList diagnostics;
  auto builder = DocumentBuilder::Create({folder, ShippedTemplatesFolder()}, {ShippedStyleFolder()},
                                         diagnostics);
  INFO(RenderText(diagnostics));
  REQUIRE(builder->ready());
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  RenderInputs inputs;
  std::vector<RenderedDocument> documents =
      builder->RenderAll(*example.record, inputs, diagnostics);
  std::string police = TextOf(documents, "minutes-police");
  CHECK_THAT(police, Catch::Contains("Police will hold a joint visit"));
  CHECK_THAT(police, Catch::Contains("Complete police checks on Daniel"));
  std::string both = TextOf(documents, "minutes-police-health");
  CHECK_THAT(both, !Catch::Contains("Police will hold a joint visit"));
  CHECK_THAT(both, !Catch::Contains("Complete police checks on Daniel"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("templates print the earlier discussion's note where its share allows",
          "[render][audience]") {
  std::string folder = MakeTemporaryFolder();
  const std::string body =
      "\" title=\"T\">\n<p>Earlier: {{ meeting.previous otherwise \"none\" }}</p>\n"
      "<p>Note: {{ meeting.previous-note otherwise \"no note\" }}</p>\n</template>\n";
  std::ofstream(folder + "/earlier-professionals.xml")
      << "<template document=\"earlier-professionals\" audience=\"professionals" << body;
  std::ofstream(folder + "/earlier-family.xml")
      << "<template document=\"earlier-family\" once-per=\"parent\" audience=\"family" << body;
  DiagnosticList diagnostics;
  auto builder = DocumentBuilder::Create({folder, ShippedTemplatesFolder()}, {ShippedStyleFolder()},
                                         diagnostics);
  INFO(RenderText(diagnostics));
  REQUIRE(builder->ready());
  auto render = [&](const std::string& previous) {
    std::string xml = ExampleText();
    ReplaceOnce(xml, "</meeting>", previous + "</meeting>");
    LoadedRecord record = ReadRecordText("earlier.xml", xml);
    RenderInputs inputs;
    return builder->RenderAll(*record.record, inputs, diagnostics);
  };
  auto professionals_only =
      render("<previous id=\"SD-2026-0301\">We waited for the school's account.</previous>");
  std::string shown = TextOf(professionals_only, "earlier-professionals");
  CHECK_THAT(shown, Catch::Contains("Earlier: SD-2026-0301"));
  CHECK_THAT(shown, Catch::Contains("Note: We waited for the school's account."));
  std::string hidden = TextOf(professionals_only, "earlier-family-p1-sian-morgan");
  CHECK_THAT(hidden, Catch::Contains("Earlier: none"));
  CHECK_THAT(hidden, Catch::Contains("Note: no note"));
  CHECK_THAT(hidden, !Catch::Contains("school's account"));
  auto family = render(
      "<previous id=\"SD-2026-0301\" share=\"family\">We waited for the school's "
      "account.</previous>");
  CHECK_THAT(TextOf(family, "earlier-family-p1-sian-morgan"),
             Catch::Contains("Note: We waited for the school's account."));
  auto without_note = render("<previous id=\"SD-2026-0301\"/>");
  CHECK_THAT(TextOf(without_note, "earlier-professionals"), Catch::Contains("Note: no note"));
  std::filesystem::remove_all(folder);
}

TEST_CASE(
    "record text that looks like template syntax, markup or PDF operators prints "
    "literally",
    "[render][literal]") {
  const std::string tricky =
      "{{ children | names | join }} &lt;b&gt;not bold&lt;/b&gt; {{ \"x\" }} }} "
      "BT /F1 24 Tf 100 700 Td (Injected) Tj ET &lt;w:p&gt; \\n %PDF-1.4";
  const std::string printed =
      "{{ children | names | join }} <b>not bold</b> {{ \"x\" }} }} "
      "BT /F1 24 Tf 100 700 Td (Injected) Tj ET <w:p> \\n %PDF-1.4";
  std::string xml = ExampleText();
  ReplaceOnce(xml, "Kai told his teacher that his dad pushed him into a door on Sunday.", tricky);
  ReplaceOnce(xml, "On Monday Kai had a bruise", tricky + " On Monday Kai had a bruise");
  LoadedRecord record = ReadRecordText("tricky.xml", xml);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  for (const char* name : {"minutes", "family-letter-p1-sian-morgan"}) {
    const RenderedDocument* found = nullptr;
    for (const RenderedDocument& document : documents) {
      if (document.name == name) found = &document;
    }
    REQUIRE(found);
    std::string runs;
    for (const doc::Block& block : found->document.blocks) {
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
        runs += paragraph->PlainText() + "\n";
      if (const auto* list = std::get_if<doc::List>(&block)) {
        for (const doc::Paragraph& item : list->items) runs += item.PlainText() + "\n";
      }
    }
    INFO(name);
    CHECK_THAT(runs, Catch::Contains(printed));
  }
}

}  // namespace sdgen::test

namespace sdgen::test {

TEST_CASE("an unsigned decision sheet is a draft with a status line; other documents are not",
          "[render][draft]") {
  std::string xml = ExampleText();
  ReplaceOnce(xml, "<signature by=\"a1\" at=\"2026-11-20T11:00:00+00:00\"/>", "");
  LoadedRecord record = ReadRecordText("unsigned.xml", xml);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  for (const RenderedDocument& rendered : documents) {
    INFO(rendered.name);
    CHECK(rendered.document.draft == (rendered.name == "decision-sheet"));
  }
  std::string sheet = TextOf(documents, "decision-sheet");
  CHECK_THAT(sheet, Catch::Contains("!! DRAFT — not for sending. The chair has not signed"));
  CHECK_THAT(sheet, Catch::Contains("Chair: ____________________"));
}

TEST_CASE("a record with errors makes every document a draft", "[render][draft]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  RenderInputs inputs;
  inputs.record_has_errors = true;
  DiagnosticList diagnostics;
  for (const RenderedDocument& rendered :
       ShippedBuilder().RenderAll(*example.record, inputs, diagnostics)) {
    INFO(rendered.name);
    CHECK(rendered.document.draft);
    CHECK_THAT(WritePlainText(rendered.document),
               Catch::Contains("!! DRAFT — not for sending. The record still has errors"));
  }
}

TEST_CASE("metadata comes from the record, never the clock", "[render]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  for (const RenderedDocument& rendered : RenderShipped(*example.record)) {
    const doc::Metadata& metadata = rendered.document.metadata;
    INFO(rendered.name);
    CHECK(metadata.author == "Northvale County Council");
    CHECK(metadata.record_id == "SD-2026-0417");
    CHECK(metadata.keywords.front() == "SD-2026-0417");
    CHECK(metadata.created == (rendered.name == "decision-sheet" ? "2026-11-20T11:00:00+00:00"
                                                                 : "2026-11-20T10:00:00+00:00"));
  }
}

TEST_CASE("glossary entries passed in are printed where <glossary/> stands", "[render]") {
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  RenderInputs inputs;
  std::vector<std::string> seen;
  inputs.glossary_for = [&seen](const std::string& text, const std::string&) {
    seen.push_back(text);
    return std::vector<GlossaryEntry>{
        {"Strategy discussion", "", "a meeting where services share what they know", {}}};
  };
  DiagnosticList diagnostics;
  for (const RenderedDocument& rendered :
       ShippedBuilder().RenderAll(*example.record, inputs, diagnostics)) {
    if (rendered.name != "family-letter-p1-sian-morgan") continue;
    std::string text = WritePlainText(rendered.document);
    CHECK_THAT(text, Catch::Contains("Words in this letter\n"));
    CHECK_THAT(text,
               Catch::Contains("• Strategy discussion: a meeting where services share what they"));
  }
  // The glossary is found from the letter's own words, up to where it stands.
  auto letter = std::find_if(seen.begin(), seen.end(), [](const std::string& text) {
    return text.find("Dear Siân,") != std::string::npos;
  });
  REQUIRE(letter != seen.end());
  CHECK(letter->find("Yours sincerely") == std::string::npos);
}

TEST_CASE("a level stated on an element's date narrows it: a restricted date of birth and "
          "meeting time", "[render][audience]") {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  ReplaceOnce(xml, "<born>2019-04-02</born>",
              "<born share=\"restricted\" agencies=\"police\">2019-04-02</born>");
  ReplaceOnce(xml, "<held>", "<held share=\"restricted\" agencies=\"police\">");
  LoadedRecord record = ReadRecordText("narrowed.xml", xml);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  CHECK_THAT(TextOf(documents, "minutes"), !Catch::Contains("2 April 2019"));
  CHECK_THAT(TextOf(documents, "minutes-restricted-police"), Catch::Contains("2 April 2019"));
  CHECK_THAT(TextOf(documents, "family-letter-p1-sian-morgan"), !Catch::Contains("Friday, 20 November 2026"));
}

TEST_CASE("a level stated on an element narrows its attributes: a restricted LADO decision",
          "[render][audience]") {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  ReplaceOnce(xml, "<lado involved=\"no\"/>",
              "<lado involved=\"no\" share=\"restricted\" agencies=\"police\"/>");
  LoadedRecord record = ReadRecordText("lado.xml", xml);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  CHECK_THAT(TextOf(documents, "minutes"), !Catch::Contains("LADO involved"));
  CHECK_THAT(TextOf(documents, "minutes-restricted-police"), Catch::Contains("LADO involved: no"));
}

TEST_CASE("a level stated on the decision or the meeting narrows the values of their "
          "attributes: outcome, threshold, form and rating", "[render][audience]") {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  ReplaceOnce(xml, "<decision outcome=\"s47\" threshold=\"met\">",
              "<decision outcome=\"s47\" threshold=\"met\" share=\"family\" to=\"p1\">");
  ReplaceOnce(xml, "<meeting form=\"virtual\">",
              "<meeting form=\"virtual\" share=\"restricted\" agencies=\"police\">");
  LoadedRecord record = ReadRecordText("narrowed.xml", xml);
  const Record& narrowed = *record.record;
  FamilyReaders readers(narrowed);
  const Person& sian = narrowed.people.at(0);
  const Person& daniel = narrowed.people.at(1);
  REQUIRE(daniel.alleged);
  CHECK(readers.Reaches(narrowed.decision.outcome.level, sian));
  CHECK_FALSE(readers.Reaches(narrowed.decision.outcome.level, daniel));
  CHECK(narrowed.meeting.form.level.share == Share::kRestricted);
  CHECK(narrowed.meeting.rag.level.share == Share::kRestricted);
  std::vector<RenderedDocument> documents = RenderShipped(narrowed);
  CHECK_THAT(TextOf(documents, "decision-sheet"), !Catch::Contains("(online)"));
  CHECK_THAT(TextOf(documents, "minutes-restricted-police"), Catch::Contains("(online)"));
}

TEST_CASE("an outcome keeps its fixed level until a level is stated around it", "[render][audience]") {
  LoadedRecord record = ReadRecordText(
      "plain.xml", ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or(""));
  CHECK_FALSE(record.record->decision.outcome.level.stated);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  CHECK_THAT(TextOf(documents, "family-letter-p1-sian-morgan"),
             !Catch::Contains("we will tell you our decision when we meet you"));
}

}  // namespace sdgen::test

namespace sdgen::test {

TEST_CASE("a decorative picture reaches the document marked so and undescribed",
          "[render]") {
  std::string folder = MakeTemporaryFolder();
  std::ofstream(folder + "/pictures.xml")
      << "<template document=\"pictures\" audience=\"professionals\" title=\"Pictures\">\n"
         "<picture name=\"home\" decorative=\"yes\"/>\n<picture name=\"school\"/>\n</template>\n";
  DiagnosticList diagnostics;
  auto builder = DocumentBuilder::Create({folder, ShippedTemplatesFolder()}, {ShippedStyleFolder()},
                                         diagnostics);
  INFO(RenderText(diagnostics));
  REQUIRE(builder->ready());
  LoadedRecord example = ReadRecordFile(SharedPath("spec/example-record.xml"));
  std::vector<doc::Image> images;
  for (const RenderedDocument& document :
       builder->RenderAll(*example.record, RenderInputs{}, diagnostics)) {
    if (document.name != "pictures") continue;
    for (const doc::Block& block : document.document.blocks) {
      if (const auto* image = std::get_if<doc::Image>(&block)) images.push_back(*image);
    }
  }
  REQUIRE(images.size() == 2);
  CHECK(images[0].decorative);
  CHECK(images[0].alt_text.empty());
  CHECK_FALSE(images[1].decorative);
  CHECK(images[1].alt_text == "A school building with a bell");
  std::filesystem::remove_all(folder);
}

}  // namespace sdgen::test
