#include "docx/sample_documents.h"

#include "docx/png_fixture.h"

namespace sdgen::docx::testing {
namespace {

doc::Paragraph Text(std::string text, doc::ParagraphRole role = doc::ParagraphRole::kBody) {
  doc::Paragraph paragraph;
  paragraph.runs.push_back({std::move(text)});
  paragraph.role = role;
  return paragraph;
}

doc::TableCell Cell(std::string text) { return {{Text(std::move(text))}}; }

doc::Document Base(std::string title, std::string language) {
  doc::Document document;
  document.metadata.title = std::move(title);
  document.metadata.language = std::move(language);
  document.metadata.author = "Cyngor Sir Ynys Môn";
  document.metadata.subject = "Strategy discussion";
  document.metadata.record_id = "SD-2026-0142";
  document.metadata.keywords = {"SD-2026-0142", "strategy discussion"};
  document.metadata.created = "2026-11-20T11:00:00+00:00";
  document.look.body.family = "Liberation Sans";
  document.look.headings.family = "Liberation Sans";
  document.furniture.header_text = "OFFICIAL-SENSITIVE";
  document.furniture.footer_text = "Record SD-2026-0142";
  return document;
}

doc::Document DecisionSheet() {
  doc::Document document = Base("Strategy discussion: decision", "en-GB");
  document.metadata.subtitle = "Łucja Żółć, born 3 March 2019";
  document.metadata.verification_code = "9f2c0d1e";
  document.draft = true;
  doc::KeyValueList facts;
  facts.entries = {{"Child", Text("Łucja Żółć")},
                   {"Date of meeting", Text("20 November 2026")},
                   {"Chair", Text("Gwenllian ap Dafydd")}};
  document.blocks.push_back(facts);
  document.blocks.push_back(doc::Heading{1, "Decision"});
  doc::Paragraph decision;
  decision.runs = {{"The threshold for a "},
                   {"section 47 enquiry", true},
                   {" is "},
                   {"met", false, true},
                   {"."}};
  document.blocks.push_back(decision);
  doc::Callout callout{doc::CalloutKind::kImportant, "Next step", {Text("Visit within 24 hours.")}};
  document.blocks.push_back(callout);
  doc::Table attendees;
  attendees.column_widths = {2, 3, 2};
  attendees.header = {Cell("Agency"), Cell("Attendee"), Cell("Role")};
  attendees.rows = {{Cell("Police"), Cell("DC Żaneta Wróbel"), Cell("Investigator")},
                    {Cell("Health"), Cell("Dr Siôn Ŵyn"), Cell("Paediatrician")},
                    {Cell("School"), Cell("Mr Owain Ŷr"), Cell("Head")}};
  document.blocks.push_back(attendees);
  document.blocks.push_back(
      doc::SignatureBlock{"Chair", "Gwenllian ap Dafydd", "Team manager", false,
                          "Not yet signed", "", ""});
  return document;
}

doc::Document Minutes() {
  doc::Document document = Base("Minutes of the strategy discussion", "en-GB");
  document.blocks.push_back(doc::Heading{1, "Present"});
  document.blocks.push_back(doc::List{
      false, {Text("Gwenllian ap Dafydd (chair)"), Text("DC Żaneta Wróbel"), Text("Dr Siôn Ŵyn")}});
  document.blocks.push_back(doc::Heading{2, "Information shared"});
  document.blocks.push_back(doc::Heading{3, "Police"});
  document.blocks.push_back(Text("Two call-outs in October; no arrests."));
  document.blocks.push_back(doc::Heading{2, "Actions"});
  document.blocks.push_back(doc::List{true, {Text("Visit the family"), Text("Speak to school")}});
  document.blocks.push_back(Text("A second list starts again at one:"));
  document.blocks.push_back(doc::List{true, {Text("Review in ten days")}});
  doc::Table actions;
  actions.header = {Cell("Action"), Cell("Owner")};
  for (int i = 1; i <= 40; ++i) {
    actions.rows.push_back({Cell("Action " + std::to_string(i)), Cell("Dŵr Gwŷn")});
  }
  document.blocks.push_back(actions);
  document.blocks.push_back(doc::PageBreak{});
  document.blocks.push_back(Text("Minutes taken by Łucja Żółć.", doc::ParagraphRole::kSmall));
  return document;
}

doc::Document DangerStatement() {
  doc::Document document = Base("Danger statement", "en-GB");
  document.blocks.push_back(
      Text("We are worried that Łucja may be hurt.", doc::ParagraphRole::kLead));
  document.blocks.push_back(
      doc::Callout{doc::CalloutKind::kWarning, "", {Text("Call 999 in an emergency.")}});
  document.blocks.push_back(doc::Callout{
      doc::CalloutKind::kNote, "Note", {Text("This is a note."), Text("It has two paragraphs.")}});
  document.blocks.push_back(Text("Status: agreed with the family", doc::ParagraphRole::kStatus));
  return document;
}

doc::Document WordsAndPictures() {
  doc::Document document = Base("Geiriau a lluniau", "cy-GB");
  document.look.logo_path = "/images/logo.png";
  document.look.logo_alt_text = "Logo'r cyngor";
  document.blocks.push_back(Text("Helo Łucja! Dyma dy stori di.", doc::ParagraphRole::kLead));
  document.blocks.push_back(doc::Image{"/images/house.png", "Tŷ gyda drws glas", 200});
  document.blocks.push_back(Text("Dy dŷ di gyda'r drws glas.", doc::ParagraphRole::kCaption));
  document.blocks.push_back(doc::Heading{1, "Pwy sy'n poeni?"});
  document.blocks.push_back(Text("Mae Siôn a Gwenllian eisiau i ti fod yn ddiogel."));
  return document;
}

doc::Document FamilyLetter() {
  doc::Document document = Base("Letter to the family", "en-GB");
  document.furniture.page_numbers = false;
  document.blocks.push_back(Text("Dear Ms Żółć,"));
  doc::Paragraph body;
  body.runs = {
      {"We met on "}, {"20 November 2026", true}, {" to talk about Łucja & Ŵyn <safety>."}};
  document.blocks.push_back(body);
  document.blocks.push_back(doc::KeyValueList{
      {{"Your social worker:", Text("Gwenllian ap Dafydd")}, {"Telephone", Text("01248 000000")}}});
  document.blocks.push_back(Text("Yours sincerely,"));
  document.blocks.push_back(doc::SignatureBlock{
      "Social worker", "Gwenllian ap Dafydd", "Social worker", true, "Signed 20 November 2026",
      "/images/signature.png", "Signature of Gwenllian ap Dafydd"});
  return document;
}

void AppendBlockLines(const doc::Block& block, std::vector<std::string>* lines) {
  if (const auto* heading = std::get_if<doc::Heading>(&block)) lines->push_back(heading->text);
  if (const auto* paragraph = std::get_if<doc::Paragraph>(&block)) {
    lines->push_back(paragraph->PlainText());
  }
  if (const auto* list = std::get_if<doc::List>(&block)) {
    for (const auto& item : list->items) lines->push_back(item.PlainText());
  }
  if (const auto* table = std::get_if<doc::Table>(&block)) {
    for (const auto& cell : table->header) lines->push_back(cell.paragraphs[0].PlainText());
    for (const auto& row : table->rows) {
      for (const auto& cell : row) lines->push_back(cell.paragraphs[0].PlainText());
    }
  }
  if (const auto* pairs = std::get_if<doc::KeyValueList>(&block)) {
    for (const auto& entry : pairs->entries) {
      const bool colon = entry.key.back() == ':';
      lines->push_back(entry.key + (colon ? " " : ": ") + entry.value.PlainText());
    }
  }
  if (const auto* callout = std::get_if<doc::Callout>(&block)) {
    if (!callout->title.empty()) lines->push_back(callout->title);
    for (const auto& paragraph : callout->paragraphs) lines->push_back(paragraph.PlainText());
  }
  if (const auto* signature = std::get_if<doc::SignatureBlock>(&block)) {
    for (const std::string* line :
         {&signature->label, &signature->name, &signature->role, &signature->status}) {
      if (!line->empty()) lines->push_back(*line);
    }
  }
}

}  // namespace

std::vector<SampleDocument> SampleDocuments() {
  return {{"decision-sheet", DecisionSheet()},
          {"minutes", Minutes()},
          {"danger-statement", DangerStatement()},
          {"words-and-pictures", WordsAndPictures()},
          {"family-letter", FamilyLetter()}};
}

std::map<std::string, std::string> SampleImages() {
  return {{"/images/logo.png", MakePng(120, 40, 0x1D, 0x3D, 0x6B)},
          {"/images/house.png", MakePng(320, 240, 0x4A, 0x90, 0xD9)},
          {"/images/signature.png", MakePng(200, 60, 0x20, 0x20, 0x20)}};
}

DocxOptions SampleWriterOptions() {
  DocxOptions options;
  options.read_file = [images = SampleImages()](const std::string& path, std::string* bytes,
                                                std::string* error) {
    const auto found = images.find(path);
    if (found == images.end()) {
      *error = "cannot open image '" + path + "'";
      return false;
    }
    *bytes = found->second;
    return true;
  };
  return options;
}

std::vector<std::string> ExpectedBodyLines(const doc::Document& document) {
  std::vector<std::string> lines;
  if (document.draft) lines.push_back("DRAFT");
  if (!document.metadata.title.empty()) lines.push_back(document.metadata.title);
  if (!document.metadata.subtitle.empty()) lines.push_back(document.metadata.subtitle);
  for (const doc::Block& block : document.blocks) AppendBlockLines(block, &lines);
  return lines;
}

std::vector<std::pair<std::string, std::string>> ExpectedHeadings(const doc::Document& document) {
  std::vector<std::pair<std::string, std::string>> headings;
  headings.emplace_back("Title", document.metadata.title);
  for (const doc::Block& block : document.blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block)) {
      headings.emplace_back("Heading " + std::to_string(heading->level), heading->text);
    }
  }
  return headings;
}

}  // namespace sdgen::docx::testing
