// The family letter, read as a parent would: it greets its reader by name,
// says the next step each outcome sets, names who wrote and where to get
// help, and keeps its own sentences short. A letter's own words are found by
// replacing every text of the record with a marker word first: what is left
// is the template's, the labels' and the style's.

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "command_run.h"
#include "diagnostics/diagnostic_renderer.h"
#include "record/record_walk.h"
#include "style/file_overlay.h"
#include "style/style_loader.h"
#include "template/template_compiler.h"
#include "template_test_support.h"
#include "test_paths.h"
#include "text/text_writer.h"

namespace sdgen::test {
namespace {

std::string FixturePath(const std::string& name) {
  for (const auto& [record, path] : AllRecordFiles()) {
    if (record == name) return path;
  }
  FAIL("no record " << name);
  return "";
}

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The letters of a record, as plain text, by document name.
// "family-letter-p1": the tests here are about what each reader's letter says;
// render_test.cc and the golden files hold the full file names.
std::string ReaderKey(const RenderedDocument& rendered) {
  return rendered.template_name + "-" + rendered.reader.id();
}

std::map<std::string, std::string> Letters(const Record& record) {
  std::map<std::string, std::string> letters;
  for (const RenderedDocument& rendered : RenderShipped(record)) {
    if (rendered.reader.person) letters[ReaderKey(rendered)] = WritePlainText(rendered.document);
  }
  return letters;
}

std::map<std::string, std::string> LettersOf(const std::string& fixture) {
  LoadedRecord loaded = ReadRecordFile(FixturePath(fixture));
  return Letters(*loaded.record);
}

/// Replaces every text of the record with a marker word, so only the
/// letter's own words are left as words.
void MarkEveryText(Record& record) {
  size_t count = 0;
  ForEachText(record, [&](std::string_view, const Text& text) {
    if (&text == &record.local_authority) return;
    char marker[16];
    std::snprintf(marker, sizeof marker, "zqxm%04zuq", count++);
    const_cast<Text&>(text).value = marker;
  });
}

/// The words of `text` that are not markers of the record's texts.
size_t OwnWords(const std::string& text) {
  std::istringstream in(text);
  std::string word;
  size_t count = 0;
  while (in >> word) count += word.find("zqxm") == std::string::npos;
  return count;
}

/// Every paragraph and heading a letter of `record` prints, with the record's
/// texts as markers; lists, tables and the glossary are the record's or the
/// dictionary's words.
std::vector<std::string> OwnParagraphs(Record& record) {
  MarkEveryText(record);
  std::vector<std::string> paragraphs;
  for (const RenderedDocument& rendered : RenderShipped(record)) {
    if (!rendered.reader.person) continue;
    for (const doc::Block& block : rendered.document.blocks) {
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
        paragraphs.push_back(paragraph->PlainText());
      if (const auto* heading = std::get_if<doc::Heading>(&block))
        paragraphs.push_back(heading->text);
    }
  }
  return paragraphs;
}

std::vector<std::string> Sentences(const std::string& paragraph) {
  std::vector<std::string> sentences;
  std::string current;
  for (size_t i = 0; i < paragraph.size(); ++i) {
    current += paragraph[i];
    bool end = (paragraph[i] == '.' || paragraph[i] == '?' || paragraph[i] == '!') &&
               (i + 1 == paragraph.size() || paragraph[i + 1] == ' ');
    if (end) {
      sentences.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(' ') != std::string::npos) sentences.push_back(current);
  return sentences;
}

size_t Words(const std::string& sentence) {
  std::istringstream in(sentence);
  std::string word;
  size_t count = 0;
  while (in >> word) ++count;
  return count;
}

/// Whether `text` holds `wanted`, however the plain-text writer wrapped its lines.
bool Contains(const std::string& text, const std::string& wanted) {
  std::istringstream in(text);
  std::string word, flat;
  while (in >> word) flat += (flat.empty() ? "" : " ") + word;
  return flat.find(wanted) != std::string::npos;
}

/// The heading nearest above the first paragraph or list item of the letter
/// to `reader` that holds `wanted`; empty when none does.
std::string HeadingAbove(const Record& record, const std::string& reader,
                         const std::string& wanted) {
  for (const RenderedDocument& rendered : RenderShipped(record)) {
    if (!rendered.reader.person || ReaderKey(rendered) != reader) continue;
    std::string heading;
    for (const doc::Block& block : rendered.document.blocks) {
      if (const auto* h = std::get_if<doc::Heading>(&block)) heading = h->text;
      std::string text;
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
        text = paragraph->PlainText();
      if (const auto* list = std::get_if<doc::List>(&block)) {
        for (const doc::Paragraph& item : list->items) text += item.PlainText() + "\n";
      }
      if (text.find(wanted) != std::string::npos) return heading;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("a letter keeps each text under its own heading when other parts are hidden",
          "[letter]") {
  {
    // No harm reaches the Fenwicks, but the danger statement does: it gets the heading itself.
    LoadedRecord loaded = ReadRecordFile(FixturePath("no-further-action-explained-bruise-virtual"));
    CHECK(HeadingAbove(*loaded.record, "family-letter-p1",
                       "If the bruise had not been explained") == "What we are worried about");
  }
  {
    // The scaling question kept for professionals: the scale's other parts keep their heading.
    std::string path = FixturePath("deferred-domestic-abuse-phone");
    std::string text = ReadText(path);
    size_t at = text.find("<question>");
    REQUIRE(at != std::string::npos);
    text.replace(at, 10, "<question share=\"professionals\">");
    LoadedRecord loaded = ReadRecordText(path, text);
    CHECK(HeadingAbove(*loaded.record, "family-letter-p1", "how safe are Amira and Yusuf").empty());
    CHECK(HeadingAbove(*loaded.record, "family-letter-p1",
                       "0 means: The children cannot go home") == "How safe things are");
  }
}

TEST_CASE("a letter greets its reader by the first word of their name", "[letter]") {
  auto letters = LettersOf("example-record-format2");
  REQUIRE(letters.count("family-letter-p1"));
  CHECK(Contains(letters["family-letter-p1"], "Dear Siân,"));
  CHECK_FALSE(Contains(letters["family-letter-p1"], "Dear Siân Morgan"));
}

TEST_CASE("a letter is dated from the record: when its reader is told", "[letter]") {
  // The family information reaching Rania is given at 17 April; the meeting is that day too.
  auto letters = LettersOf("deferred-domestic-abuse-phone");
  REQUIRE(letters.count("family-letter-p1"));
  CHECK(Contains(letters["family-letter-p1"], "17 April 2026 Dear Rania,"));
}

TEST_CASE("an s47 letter names the conference and the latest day for it", "[letter][outcome]") {
  auto letters = LettersOf("example-record-format2");
  const std::string& letter = letters["family-letter-p1"];
  CHECK(Contains(letter, "we will hold a bigger meeting with you"));
  CHECK(Contains(letter, "decide if a plan is needed to keep Kai and Ffion safe."));
  // Fifteen working days after Friday 20 November 2026.
  CHECK(Contains(letter, "This meeting will be on or before Friday, 11 December 2026."));
  CHECK_FALSE(Contains(letter, "a date we will tell you soon"));
}

TEST_CASE("a deferred letter says when we meet again, as far as the deferral is shared",
          "[letter][outcome]") {
  std::string path = FixturePath("deferred-domestic-abuse-phone");
  {
    // The deferral is for professionals: its date stays with them.
    auto letters = LettersOf("deferred-domestic-abuse-phone");
    const std::string& letter = letters["family-letter-p1"];
    CHECK(Contains(letter, "We will meet again in the next few days to decide."));
    CHECK_FALSE(Contains(letter, "We will meet again on Monday, 20 April 2026 to decide."));
  }
  {
    std::string text = ReadText(path);
    size_t at = text.find("<deferral>");
    REQUIRE(at != std::string::npos);
    text.replace(at, 10, "<deferral share=\"family\">");
    at = text.find("<reason>", at);
    REQUIRE(at != std::string::npos);
    text.replace(at, 8, "<reason share=\"family\">");
    LoadedRecord loaded = ReadRecordText(path, text);
    auto letters = Letters(*loaded.record);
    CHECK(Contains(letters["family-letter-p1"],
                   "We will meet again on Monday, 20 April 2026 to decide."));
  }
}

TEST_CASE("a no-further-action letter says nothing more will happen, and promises nothing",
          "[letter][outcome]") {
  LoadedRecord loaded = ReadRecordFile(FixturePath("no-further-action-explained-bruise-virtual"));
  auto letters = Letters(*loaded.record);
  REQUIRE(letters.size() == 2);
  for (const auto& [name, letter] : letters) {
    INFO(name);
    CHECK(Contains(letter, "Nothing more will happen."));
  }
  // The letter's own words, with the record's taken out.
  for (const std::string& paragraph : OwnParagraphs(*loaded.record)) {
    INFO(paragraph);
    for (const char* promise : {"visit", "investigat", "conference", "when we meet"}) {
      CHECK_FALSE(Contains(paragraph, promise));
    }
  }
}

TEST_CASE("every outcome's letter gives its own next step", "[letter][outcome]") {
  const std::vector<std::pair<std::string, std::string>> steps = {
      {"s47-harm-substantiated-school-age-meeting", "we will hold a bigger meeting with you"},
      {"s17-preschool-phone-family-addresses", "get in touch to find a time to meet"},
      {"police-investigation-online-contact-polish-family-virtual",
       "The police will get in touch with you if they need to."},
      {"referral-young-carer-virtual", "That service will get in touch with you"},
      {"disciplinary-lado-football-coach-meeting", "when the employer has finished."},
      {"no-further-action-explained-bruise-virtual", "Nothing more will happen."},
      {"deferred-domestic-abuse-phone", "We will meet again"},
  };
  for (const auto& [fixture, step] : steps) {
    INFO(fixture);
    auto letters = LettersOf(fixture);
    REQUIRE_FALSE(letters.empty());
    for (const auto& [name, letter] : letters) {
      INFO(name);
      CHECK(Contains(letter, step));
    }
  }
}

TEST_CASE("a letter names its sender with their contact, and the advice line", "[letter]") {
  auto letters = LettersOf("deferred-domestic-abuse-phone");
  const std::string& letter = letters["family-letter-p1"];
  CHECK(Contains(letter, "Your contact is Hollie Brennan, a social worker."));
  CHECK(Contains(letter, "Phone: 01632 960430"));
  CHECK(Contains(letter, "the Family Rights Group advice line on 0808 801 0366"));
  CHECK(Contains(letter, "If a child is in danger right now, phone 999."));
  CHECK(Contains(letter, "Yours sincerely, Hollie Brennan Social Worker Children's Social Care"));
}

TEST_CASE("a letter that shares a medical says a parent must agree to it", "[letter][outcome]") {
  std::string path = FixturePath("example-record-format2");
  std::string text = ReadText(path);
  {
    // The medical is for professionals: the letter says nothing of it.
    LoadedRecord loaded = ReadRecordText(path, text);
    CHECK_FALSE(Contains(Letters(*loaded.record)["family-letter-p1"], "A parent must agree"));
  }
  size_t at = text.find("<medical required=\"yes\">");
  REQUIRE(at != std::string::npos);
  text.replace(at, 24, "<medical required=\"yes\" share=\"family\">");
  LoadedRecord loaded = ReadRecordText(path, text);
  std::string letter = Letters(*loaded.record)["family-letter-p1"];
  CHECK(Contains(letter,
                 "A child protection medical for Kai today to look at the bruise and check "
                 "for other injuries. This check is done by a children's doctor. A parent "
                 "must agree to it first, and we will ask you."));
}

TEST_CASE("a letter to a parent alleged to have caused harm promises no place at the meeting",
          "[letter][outcome]") {
  auto letters = LettersOf("s47-reconvened-after-deferral-virtual");
  // Lee is told by a police officer, and is alleged.
  const std::string& lee = letters["family-letter-p3"];
  CHECK(Contains(lee, "Dear Lee,"));
  CHECK(Contains(lee, "Your contact is DS Gareth Llewellyn, a police officer."));
  CHECK_FALSE(Contains(lee, "the police from Police"));
  CHECK(Contains(lee,
                 "This meeting will be on or before Tuesday, 12 May 2026. We will tell you if "
                 "you can come."));
  CHECK_FALSE(Contains(lee, "We will invite you"));
  CHECK_FALSE(Contains(lee, "They will talk with you and with"));
  CHECK(Contains(letters["family-letter-p1"], "We will invite you"));
}

TEST_CASE("a letter names the manager only where the record shares their name", "[letter]") {
  std::string path = FixturePath("deferred-domestic-abuse-phone");
  std::string text = ReadText(path);
  {
    auto letters = LettersOf("deferred-domestic-abuse-phone");
    CHECK(Contains(letters["family-letter-p1"],
                   "If you are not happy with us, you can ask to talk to the team leader."));
    CHECK_FALSE(Contains(letters["family-letter-p1"], "Beverley Okonjo"));
  }
  const std::string chair = "<name>Beverley Okonjo</name>";
  size_t at = text.find(chair);
  REQUIRE(at != std::string::npos);
  text.replace(at, chair.size(), "<name share=\"family\">Beverley Okonjo</name>");
  LoadedRecord loaded = ReadRecordText(path, text);
  CHECK(Contains(Letters(*loaded.record)["family-letter-p1"],
                 "If you are not happy with us, you can speak to Beverley Okonjo, the person who "
                 "led the meeting."));
}

TEST_CASE("a letter gives every support contact the council's style sets", "[letter][style]") {
  std::string folder = MakeTemporaryFolder();
  std::string style = ReadText(ShippedStyleFolder() + "/style.xml");
  size_t at = style.find("</support>");
  REQUIRE(at != std::string::npos);
  style.insert(
      at,
      "<contact for=\"advocacy\" name=\"Northvale Parent Advocacy\" phone=\"01632 960111\"/>"
      "<contact for=\"complaints\" name=\"our complaints team\" "
      "web=\"northvale.example/complain\"/>"
      "<contact for=\"out-of-hours\" name=\"the emergency duty team\" phone=\"01632 960999\""
      " hours=\"at night or at the weekend\"/>");
  std::ofstream(folder + "/style.xml", std::ios::binary) << style;
  DiagnosticList diagnostics;
  auto builder = DocumentBuilder::Create({ShippedTemplatesFolder()}, {folder, ShippedStyleFolder()},
                                         diagnostics);
  INFO(RenderText(diagnostics));
  REQUIRE(builder->ready());
  LoadedRecord loaded = ReadRecordFile(FixturePath("example-record-format2"));
  RenderInputs inputs;
  std::string text;
  for (const RenderedDocument& rendered : builder->RenderAll(*loaded.record, inputs, diagnostics))
    if (rendered.reader.person) text += WritePlainText(rendered.document);
  std::filesystem::remove_all(folder);
  REQUIRE_FALSE(text.empty());
  CHECK(Contains(text, "Contact Northvale Parent Advocacy on 01632 960111."));
  CHECK(Contains(text,
                 "If you want to complain, contact our complaints team. Their website is "
                 "northvale.example/complain."));
  CHECK(Contains(text,
                 "If you need us at night or at the weekend, contact the emergency duty "
                 "team on 01632 960999."));
  CHECK(Contains(text, "0808 801 0366"));
}

TEST_CASE("a style's support contact needs a kind letters know and a name", "[letter][style]") {
  std::string folder = MakeTemporaryFolder();
  std::string style = ReadText(ShippedStyleFolder() + "/style.xml");
  size_t at = style.find("</support>");
  REQUIRE(at != std::string::npos);
  style.insert(at, "<contact for=\"helpline\" name=\"A helpline\"/><contact for=\"complaints\"/>");
  std::ofstream(folder + "/style.xml", std::ios::binary) << style;
  DiagnosticList diagnostics;
  FileOverlay files({folder, ShippedStyleFolder()});
  std::optional<Style> loaded = LoadStyle(files, diagnostics);
  REQUIRE(loaded);
  std::string messages = RenderText(diagnostics);
  CHECK_THAT(messages, Catch::Contains("error: support contact `helpline` is not one of "
                                       "advice-line, advocacy, complaints, out-of-hours [ST007]"));
  CHECK_THAT(messages,
             Catch::Contains("error: support contact `complaints` needs a `name` [ST007]"));
  CHECK(diagnostics.all().size() == 2);
  // The contacts that are right still count.
  CHECK(loaded->support.count("advice-line") == 1);
  CHECK(loaded->support.count("complaints") == 0);
  std::filesystem::remove_all(folder);
}

TEST_CASE("a letter's own sentences are 25 words or fewer, in every record", "[letter][plain]") {
  for (const auto& [name, path] : AllRecordFiles()) {
    INFO(name);
    LoadedRecord loaded = ReadRecordFile(path);
    for (const std::string& paragraph : OwnParagraphs(*loaded.record)) {
      for (const std::string& sentence : Sentences(paragraph)) {
        INFO(sentence);
        CHECK(Words(sentence) <= 25);
      }
    }
  }
}

TEST_CASE("a letter's own words stay near a good council letter's 250", "[letter][plain]") {
  // The yardstick is about 250 words plus what the record adds; the letter's
  // own words include headings, the next step and where to get help.
  for (const auto& [name, path] : AllRecordFiles()) {
    LoadedRecord loaded = ReadRecordFile(path);
    MarkEveryText(*loaded.record);
    for (const RenderedDocument& rendered : RenderShipped(*loaded.record)) {
      if (!rendered.reader.person) continue;
      size_t words = 0;
      for (const doc::Block& block : rendered.document.blocks) {
        if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
          words += OwnWords(paragraph->PlainText());
        if (const auto* heading = std::get_if<doc::Heading>(&block))
          words += OwnWords(heading->text);
      }
      INFO(name << " " << rendered.name << ": " << words << " words of its own");
      CHECK(words <= 320);
    }
  }
}

TEST_CASE("a letter's who-took-part sentence names only services the reader may know of",
          "[letter][readers]") {
  // A service reaches a reader only where an attendee's name does: here only
  // the social worker's name is shared with the family.
  auto letters = LettersOf("no-further-action-explained-bruise-virtual");
  CHECK(Contains(letters["family-letter-p1"], "People came from social work."));
  CHECK_FALSE(Contains(letters["family-letter-p1"], "the police"));
}

}  // namespace sdgen::test
