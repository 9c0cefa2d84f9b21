// The plain-text writer, block by block, with its exact output.

#include "text/text_writer.h"

#include <catch2/catch.hpp>

namespace sdgen {
namespace {

doc::Paragraph Plain(const std::string& text) {
  doc::Paragraph paragraph;
  paragraph.runs = {{text, false, false}};
  return paragraph;
}

doc::Document Titled(std::vector<doc::Block> blocks) {
  doc::Document document;
  document.metadata.title = "Title";
  document.blocks = std::move(blocks);
  return document;
}

}  // namespace

TEST_CASE("headings are underlined by level and the title by #", "[text]") {
  std::string text = WritePlainText(Titled({doc::Heading{1, "One"}, doc::Heading{2, "Two"}}));
  CHECK(text == "Title\n#####\n\nOne\n===\n\nTwo\n---\n");
}

TEST_CASE("paragraphs wrap at 78 columns counting characters, not bytes", "[text]") {
  std::string word = "Łucja ";
  std::string long_text;
  for (int i = 0; i < 14; ++i) long_text += word;
  std::string text = WritePlainText(Titled({Plain(long_text)}));
  CHECK(text == "Title\n#####\n\n" + std::string("Łucja Łucja Łucja Łucja Łucja Łucja Łucja "
                                                 "Łucja Łucja Łucja Łucja Łucja Łucja\nŁucja\n"));
}

TEST_CASE("lists, key-value lists, callouts, pictures and signatures", "[text]") {
  doc::List list{true, {Plain("first"), Plain("second")}};
  doc::KeyValueList values;
  values.entries = {{"Outcome", Plain("no further action")}};
  doc::Callout callout{doc::CalloutKind::kImportant, "Now", {Plain("Act today.")}};
  doc::Image image{"x.png", "A house", 0};
  doc::SignatureBlock signature{"Chair", "Priya Shah", "Team Manager", false, "Not yet signed",
                                "", ""};
  std::string text = WritePlainText(Titled({list, values, callout, image, signature}));
  CHECK(text ==
        "Title\n#####\n\n"
        "  1. first\n  2. second\n\n"
        "Outcome: no further action\n\n"
        "+-- Now " +
            std::string(70, '-') + "\n| Act today.\n+" + std::string(77, '-') +
            "\n\n"
            "[picture: A house]\n\n"
            "Chair: Priya Shah, Team Manager\n____________________\nNot yet signed\n");
}

TEST_CASE("narrow tables are aligned; wide ones become key: value rows", "[text]") {
  doc::Table narrow;
  narrow.header = {{{Plain("Name")}}, {{Plain("Score")}}};
  narrow.rows = {{{{Plain("Tom")}}, {{Plain("4")}}}};
  CHECK(WritePlainText(Titled({narrow})) == "Title\n#####\n\nName  Score\n----  -----\nTom   4\n");
  doc::Table wide;
  wide.header = {{{Plain("What")}}, {{Plain("Who")}}};
  wide.rows = {{{{Plain(std::string(80, 'x'))}}, {{Plain("Tom")}}}};
  CHECK(WritePlainText(Titled({wide})) ==
        "Title\n#####\n\nWhat: " + std::string(80, 'x') + "\nWho: Tom\n");
}

TEST_CASE("draft documents say so at the top; furniture frames the text", "[text]") {
  doc::Document document = Titled({Plain("Body.")});
  document.draft = true;
  document.furniture.header_text = "Council — Title — ID";
  document.furniture.footer_text = "OFFICIAL-SENSITIVE";
  CHECK(WritePlainText(document) ==
        "Council — Title — ID\n\n*** DRAFT ***\n\nTitle\n#####\n\nBody.\n\n" +
            std::string(78, '_') + "\nOFFICIAL-SENSITIVE\n");
}

}  // namespace sdgen
