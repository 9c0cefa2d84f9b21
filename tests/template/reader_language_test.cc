// Each family reader in their own language: a Welsh reader's letter is in
// Welsh (or Welsh then English, when the style asks for both), with Welsh
// dates and lists and every Welsh part marked as Welsh; a reader whose
// language has no templates gets the letter in the record's language with a
// paragraph in their own on how to ask for a translation. What the record
// says is never translated: only the templates' and the style's words change.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "command_run.h"
#include "record/record_walk.h"
#include "template/list_conjunction.h"
#include "template/template_languages.h"
#include "template_test_support.h"
#include "test_paths.h"
#include "docx/docx_writer.h"
#include "pdf/pdf_writer.h"
#include "text/text_writer.h"

namespace sdgen::test {
namespace {

const char* kWelshFixture = "fixtures/s47-infant-in-hospital-welsh-family.xml";
const char* kPolishFixture =
    "fixtures/police-investigation-online-contact-polish-family-virtual.xml";

std::vector<RenderedDocument> Letters(const std::vector<RenderedDocument>& documents) {
  std::vector<RenderedDocument> letters;
  for (const RenderedDocument& rendered : documents)
    if (rendered.reader.person) letters.push_back(rendered);
  return letters;
}

/// Whether `text` holds `wanted`, however the plain-text writer wrapped its lines.
bool Contains(const std::string& text, const std::string& wanted) {
  std::istringstream in(text);
  std::string word, flat;
  while (in >> word) flat += (flat.empty() ? "" : " ") + word;
  return flat.find(wanted) != std::string::npos;
}

/// Replaces every text of the record (the council's name too) with a marker
/// word, so that only the templates' words are left as words.
void MarkEveryText(Record& record) {
  size_t count = 0;
  ForEachText(record, [&](std::string_view, const Text& text) {
    char marker[16];
    std::snprintf(marker, sizeof marker, "zqxm%04zuq", count++);
    const_cast<Text&>(text).value = marker;
  });
  record.local_authority.value = "zqxmcouncilq";
}

/// The sentences of a block's text: split after `.`, `?`, `!` and `:`.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> sentences;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end = std::string(".?!:").find(text[i]) != std::string::npos &&
               (i + 1 == text.size() || text[i + 1] == ' ');
    if (end || i + 1 == text.size()) {
      size_t first = current.find_first_not_of(' ');
      if (first != std::string::npos) sentences.push_back(current.substr(first));
      current.clear();
    }
  }
  return sentences;
}

/// Whether a sentence holds a word that is not a record text's marker.
bool HasOwnWord(const std::string& sentence) {
  std::istringstream in(sentence);
  std::string word;
  while (in >> word) {
    bool letters = word.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
                   std::string::npos;
    if (letters && word.find("zqxm") == std::string::npos) return true;
  }
  return false;
}

/// The template's own sentences in `blocks`: headings, paragraphs, list
/// items, cells and callouts, each split into sentences holding a word of
/// their own.
std::set<std::string> OwnSentences(const std::vector<doc::Block>& blocks) {
  std::set<std::string> out;
  auto add = [&](const std::string& text) {
    for (const std::string& sentence : Sentences(text))
      if (HasOwnWord(sentence)) out.insert(sentence);
  };
  for (const doc::Block& block : blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) add(heading->text);
    if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) add(paragraph->PlainText());
    if (const auto* list = std::get_if<doc::List>(&block))
      for (const doc::Paragraph& item : list->items) add(item.PlainText());
    if (const auto* table = std::get_if<doc::Table>(&block)) {
      for (const doc::TableCell& cell : table->header)
        for (const doc::Paragraph& paragraph : cell.paragraphs) add(paragraph.PlainText());
      for (const auto& row : table->rows)
        for (const doc::TableCell& cell : row)
          for (const doc::Paragraph& paragraph : cell.paragraphs) add(paragraph.PlainText());
    }
  }
  return out;
}

/// The blocks before the first page break: a bilingual letter's first part.
std::vector<doc::Block> FirstPart(const doc::Document& document) {
  std::vector<doc::Block> part;
  for (const doc::Block& block : document.blocks) {
    if (std::holds_alternative<doc::PageBreak>(block)) break;
    part.push_back(block);
  }
  return part;
}

/// Renders `record` with the shipped templates and a council style folder
/// whose style.xml is the shipped one with `from` replaced by `to`.
std::vector<RenderedDocument> RenderWithStyleChange(const Record& record, const std::string& from,
                                                    const std::string& to) {
  std::string council = MakeTemporaryFolder();
  std::string style = ReadFile(ShippedStyleFolder() + "/style.xml");
  size_t at = style.find(from);
  REQUIRE(at != std::string::npos);
  style.replace(at, from.size(), to);
  std::ofstream(council + "/style.xml", std::ios::binary) << style;
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder = DocumentBuilder::Create(
      {ShippedTemplatesFolder()}, {council, ShippedStyleFolder()}, diagnostics);
  REQUIRE(builder->ready());
  std::string holidays_path = ShippedStyleFolder() + "/bank-holidays.xml";
  SourceFile holidays(holidays_path, ReadFile(holidays_path));
  WorkingCalendar calendar;
  calendar.AddDaysOff(holidays, diagnostics);
  RenderInputs inputs;
  inputs.deadlines = PrintedDeadlines(record, builder->style().deadlines, calendar);
  std::vector<RenderedDocument> documents = builder->RenderAll(record, inputs, diagnostics);
  std::filesystem::remove_all(council);
  return documents;
}

}  // namespace

TEST_CASE("a Welsh reader's letter is in Welsh, with Welsh dates", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kWelshFixture));
  std::vector<RenderedDocument> letters = Letters(RenderShipped(*loaded.record));
  REQUIRE(letters.size() == 2);
  for (const RenderedDocument& letter : letters) {
    INFO(letter.name);
    const doc::Document& document = letter.document;
    CHECK(document.metadata.language == "cy");
    CHECK(document.metadata.title == "Am y cyfarfod i gadw eich plant yn ddiogel");
    std::string text = WritePlainText(document);
    std::string given = letter.reader.person->id == "p1" ? "Heledd" : "Llŷr";
    CHECK(Contains(text, "Annwyl " + given + ","));
    // The letter's date and the meeting's, in ICU's Welsh months.
    CHECK(Contains(text, "13 Ionawr 2026"));
    CHECK(Contains(text, "am gyfarfod a gawson ni ar 13 Ionawr 2026."));
    CHECK_FALSE(Contains(text, "January"));
    CHECK(Contains(text, "Yn gywir,"));
    // The style's support contact, as the style names it for Welsh readers.
    CHECK(Contains(text, "I gael cyngor am ddim, cysylltwch â llinell gyngor Family Rights Group"));
    CHECK(document.furniture.footer_text == "Preifat: mae hwn i chi a'ch teulu");
    // Nothing in the Welsh-only letter is marked as another language.
    for (const doc::Block& block : document.blocks) {
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
        CHECK(paragraph->language.empty());
    }
  }
}

TEST_CASE("no English template sentence is left in the Welsh letter", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kWelshFixture));
  Record& record = *loaded.record;
  MarkEveryText(record);
  std::vector<RenderedDocument> welsh = Letters(RenderShipped(record));
  // The same readers with no language of their own read the English letter.
  for (Person& person : record.people) person.language.clear();
  std::vector<RenderedDocument> english = Letters(RenderShipped(record));
  REQUIRE(welsh.size() == 2);
  REQUIRE(english.size() == 2);
  for (size_t i = 0; i < welsh.size(); ++i) {
    REQUIRE(english[i].document.metadata.language == "en-GB");
    std::set<std::string> english_sentences = OwnSentences(english[i].document.blocks);
    std::set<std::string> welsh_sentences = OwnSentences(welsh[i].document.blocks);
    REQUIRE(english_sentences.size() > 20);
    REQUIRE(welsh_sentences.size() > 20);
    std::string welsh_text = WritePlainText(welsh[i].document);
    for (const std::string& sentence : english_sentences) {
      INFO(welsh[i].name << ": " << sentence);
      CHECK_FALSE(Contains(welsh_text, sentence));
    }
  }
}

TEST_CASE("a bilingual letter is Welsh first, then English marked en-GB", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kWelshFixture));
  Record& record = *loaded.record;
  MarkEveryText(record);
  std::vector<RenderedDocument> letters = Letters(RenderWithStyleChange(
      record, "<language tag=\"cy\" bilingual=\"no\">", "<language tag=\"cy\" bilingual=\"yes\">"));
  REQUIRE(letters.size() == 2);
  for (Person& person : record.people) person.language.clear();
  std::vector<RenderedDocument> english = Letters(RenderShipped(record));
  for (size_t i = 0; i < letters.size(); ++i) {
    const doc::Document& document = letters[i].document;
    INFO(letters[i].name);
    CHECK(letters[i].name == english[i].name);
    CHECK(document.metadata.language == "cy");
    std::vector<doc::Block> welsh_part = FirstPart(document);
    REQUIRE(welsh_part.size() < document.blocks.size());
    // The Welsh part carries the document's language; every heading and
    // paragraph after the break is English, and says so.
    size_t english_parts = 0;
    for (size_t b = welsh_part.size() + 1; b < document.blocks.size(); ++b) {
      if (const auto* heading = std::get_if<doc::Heading>(&document.blocks[b])) {
        CHECK(heading->language == "en-GB");
        ++english_parts;
      }
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&document.blocks[b])) {
        CHECK(paragraph->language == "en-GB");
        ++english_parts;
      }
    }
    CHECK(english_parts > 20);
    std::string welsh_text;
    for (const std::string& sentence : OwnSentences(welsh_part)) welsh_text += sentence + "\n";
    CHECK(Contains(welsh_text, "Annwyl"));
    for (const std::string& sentence : OwnSentences(english[i].document.blocks)) {
      INFO(sentence);
      CHECK_FALSE(Contains(welsh_text, sentence));
    }
    // The English part is the whole English letter.
    std::set<std::string> after =
        OwnSentences({document.blocks.begin() + static_cast<std::ptrdiff_t>(welsh_part.size()),
                      document.blocks.end()});
    for (const std::string& sentence : OwnSentences(english[i].document.blocks))
      CHECK(after.count(sentence) == 1);
  }
}

// The model's languages reach the files: the PDF's structure marks each
// English heading and paragraph /Lang en-GB under a catalog /Lang cy, and
// Word marks their runs w:lang en-GB, so screen readers switch voice.
TEST_CASE("a bilingual letter's PDF and Word files mark the English part en-GB", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kWelshFixture));
  std::vector<RenderedDocument> letters = Letters(RenderWithStyleChange(
      *loaded.record, "<language tag=\"cy\" bilingual=\"no\">",
      "<language tag=\"cy\" bilingual=\"yes\">"));
  REQUIRE_FALSE(letters.empty());
  const doc::Document& document = letters.front().document;
  std::string folder = MakeTemporaryFolder();
  std::string pdf_path = folder + "/letter.pdf";
  std::string docx_path = folder + "/letter.docx";
  pdf::PdfWriter pdf_writer({});
  DiagnosticList diagnostics;
  std::string bytes, error;
  REQUIRE(pdf_writer.Write(document, &bytes, diagnostics, &error));
  std::ofstream(pdf_path, std::ios::binary) << bytes;
  REQUIRE(docx::DocxWriter().WritePackage(document, &bytes, &error));
  std::ofstream(docx_path, std::ios::binary) << bytes;

  CommandResult info = RunCommand("pdfinfo " + ShellQuote(pdf_path));
  CHECK(info.out.find("Tagged:          yes") != std::string::npos);
  CommandResult leaves = RunCommand("/usr/bin/python3 " +
                                    ShellQuote(SourcePath("tests/pdf/tagged_pdf_check.py")) +
                                    " --text " + ShellQuote(pdf_path));
  REQUIRE(leaves.exit_code == 0);
  std::istringstream lines(leaves.out);
  size_t welsh = 0, english = 0;
  bool english_started = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("H2[en-GB]:", 0) == 0 || line.rfind("P[en-GB]:", 0) == 0) {
      english_started = true;
      ++english;
    } else if ((line.rfind("H2:", 0) == 0 || line.rfind("P:", 0) == 0)) {
      INFO(line);
      CHECK_FALSE(english_started);  // Welsh first, then English
      ++welsh;
    }
  }
  CHECK(welsh > 5);
  CHECK(english > 5);
  CommandResult catalog = RunCommand("qpdf --json=2 --json-key=qpdf " + ShellQuote(pdf_path));
  CHECK(catalog.out.find("\"/Lang\": \"u:cy\"") != std::string::npos);

  CommandResult word = RunCommand(
      "/usr/bin/python3 -c \"import docx, sys\n"
      "d = docx.Document(sys.argv[1])\n"
      "q = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'\n"
      "langs = [r.find(q + 'rPr/' + q + 'lang') for p in d.paragraphs for r in p._p.iter(q + 'r')]\n"
      "print(sum(1 for l in langs if l is not None and l.get(q + 'val') == 'en-GB'))\n\" " +
      ShellQuote(docx_path));
  INFO(word.err);
  REQUIRE(word.exit_code == 0);
  CHECK(std::stoi(word.out) > 5);
}

TEST_CASE("a Polish reader's letter carries the Polish translation offer", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kPolishFixture));
  std::vector<RenderedDocument> letters = Letters(RenderShipped(*loaded.record));
  REQUIRE(letters.size() == 2);
  for (const RenderedDocument& letter : letters) {
    INFO(letter.name);
    const doc::Document& document = letter.document;
    CHECK(document.metadata.language == "en-GB");
    const doc::Paragraph* offer = nullptr;
    size_t offer_at = 0, first_heading = 0;
    for (size_t b = 0; b < document.blocks.size(); ++b) {
      const auto* paragraph = std::get_if<doc::Paragraph>(&document.blocks[b]);
      if (paragraph && paragraph->language == "pl") {
        CHECK(offer == nullptr);
        offer = paragraph;
        offer_at = b;
      }
      if (!first_heading && std::holds_alternative<doc::Heading>(document.blocks[b]))
        first_heading = b;
    }
    REQUIRE(offer != nullptr);
    CHECK(offer->PlainText().find("tłumacza") != std::string::npos);
    CHECK(offer->PlainText().find("po polsku") != std::string::npos);
    // Where a reader looks first: straight after the address block.
    CHECK(offer_at < first_heading);
    const auto* before = std::get_if<doc::Paragraph>(&document.blocks[offer_at - 1]);
    REQUIRE(before != nullptr);
    CHECK(before->role == doc::ParagraphRole::kAddress);
  }
}

TEST_CASE("a reader in the record's language gets no translation offer", "[language]") {
  LoadedRecord loaded = ReadRecordFile(SourcePath(kPolishFixture));
  for (Person& person : loaded.record->people) person.language.clear();
  for (const RenderedDocument& letter : Letters(RenderShipped(*loaded.record)))
    for (const doc::Block& block : letter.document.blocks)
      if (const auto* paragraph = std::get_if<doc::Paragraph>(&block))
        CHECK(paragraph->language.empty());
}

TEST_CASE("a Welsh child's story is in Welsh, its pictures described in Welsh", "[language]") {
  std::string text = ReadFile(SourcePath("fixtures/referral-young-carer-virtual.xml"));
  size_t at = text.find("<child id=\"c1\"");
  REQUIRE(at != std::string::npos);
  text.insert(at + 14, " language=\"cy-GB\"");
  LoadedRecord loaded =
      ReadRecordText(SourcePath("fixtures/referral-young-carer-virtual.xml"), text);
  bool found = false;
  for (const RenderedDocument& rendered : RenderShipped(*loaded.record)) {
    if (!rendered.reader.child) continue;
    found = true;
    const doc::Document& document = rendered.document;
    CHECK(document.metadata.language == "cy");  // cy-GB falls back to cy
    CHECK(document.metadata.title == "Ein geiriau a'n lluniau");
    CHECK(document.furniture.footer_text == "Preifat: mae hwn i chi a'ch teulu");
    size_t images = 0;
    for (const doc::Block& block : document.blocks) {
      const auto* image = std::get_if<doc::Image>(&block);
      if (!image || image->path.find("/pictures/") == std::string::npos) continue;
      ++images;
      INFO(image->alt_text);
      CHECK(image->alt_text.find("A ") != 0);
    }
    CHECK(images > 3);
    CHECK(Contains(WritePlainText(document), "Mae'r stori hon ar gyfer Meg."));
  }
  CHECK(found);
}

TEST_CASE("a reader's language falls back from cy-GB to cy to the record's", "[language]") {
  std::vector<std::string> available = {"cy"};
  CHECK(ChooseTemplateLanguage("cy-GB", "en-GB", available) == "cy");
  CHECK(ChooseTemplateLanguage("cy", "en-GB", available) == "cy");
  CHECK(ChooseTemplateLanguage("pl", "en-GB", available).empty());
  CHECK(ChooseTemplateLanguage("en", "en-GB", available).empty());
  CHECK(ChooseTemplateLanguage("en-GB", "en-GB", {"en-GB"}).empty());
  CHECK(ChooseTemplateLanguage("cy-GB", "en-GB", {"cy", "cy-GB"}) == "cy-GB");
}

TEST_CASE("Welsh lists say a or ac, without ICU's a(c)", "[language]") {
  CHECK(SettleWelshConjunction("Siân, Llŷr, a(c) Cadi") == "Siân, Llŷr a Cadi");
  CHECK(SettleWelshConjunction("Cadi a(c) Osian") == "Cadi ac Osian");
  CHECK(SettleWelshConjunction("Cadi, a(c) Ŷr") == "Cadi ac Ŷr");
  CHECK(SettleWelshConjunction("Cadi neu Osian") == "Cadi neu Osian");
}

}  // namespace sdgen::test
