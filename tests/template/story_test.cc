// Words and pictures: pictures chosen by the style's keyword rules, the scale
// with the block's mark, the child's drawing, and a page header without the
// case number.

#include <catch2/catch.hpp>

#include <filesystem>

#include "style/file_overlay.h"
#include "template/picture_choice.h"
#include "template_test_support.h"
#include "test_paths.h"

namespace sdgen::test {
namespace {

namespace fs = std::filesystem;

const doc::Document& Story(const std::vector<RenderedDocument>& documents,
                           const std::string& name) {
  for (const RenderedDocument& document : documents) {
    // By reader id ("words-and-pictures-c1"), not the full file name.
    if (document.reader.child && document.template_name + "-" + document.reader.id() == name)
      return document.document;
  }
  FAIL("no document called " << name);
  return documents.front().document;
}

// The picture straight after heading `heading` (the first with that text).
const doc::Image* PictureAfter(const doc::Document& document, const std::string& heading) {
  const auto& blocks = document.blocks;
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    const auto* found = std::get_if<doc::Heading>(&blocks[i]);
    if (found && found->text == heading) return std::get_if<doc::Image>(&blocks[i + 1]);
  }
  return nullptr;
}

std::string FileName(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace

TEST_CASE("the picture rule matching most words wins, the section's own picture a tie",
          "[story]") {
  std::vector<PictureRule> rules = {{"phone-online", {"online", "chat", "game", "photos"}},
                                    {"police", {"police"}},
                                    {"home", {"home", "house"}}};
  CHECK(ChoosePicture(rules, "A man got in touch on a game's chat. He asked for photos. "
                             "Mum called the police.", "home") == "phone-online");
  CHECK(ChoosePicture(rules, "The police came to the HOUSE.", "home") == "home");
  CHECK(ChoosePicture(rules, "The police came to the house.", "worries") == "police");
  CHECK(ChoosePicture(rules, "Nothing here matches.", "worries") == "worries");
  CHECK(ChoosePicture(rules, "The policeman's homework", "worries") == "worries");
}

TEST_CASE("a story about online contact gets the phone picture, not the house", "[story]") {
  LoadedRecord record = ReadRecordFile(
      SourcePath("fixtures/police-investigation-online-contact-polish-family-virtual.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  const doc::Image* picture = PictureAfter(Story(documents, "words-and-pictures-c1"),
                                           "What happened?");
  REQUIRE(picture);
  CHECK(FileName(picture->path) == "phone-online.png");
  CHECK(picture->alt_text == "A phone with speech bubbles on its screen");
}

TEST_CASE("a story about a belt at home gets the house or the doctor, never the phone",
          "[story]") {
  LoadedRecord record =
      ReadRecordFile(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  for (const char* name : {"words-and-pictures-c1", "words-and-pictures-c2"}) {
    for (const doc::Block& block : Story(documents, name).blocks) {
      if (const auto* image = std::get_if<doc::Image>(&block)) {
        INFO(name << ": " << image->path);
        CHECK(FileName(image->path) != "phone-online.png");
      }
    }
  }
}

TEST_CASE("the scale shows the block's mark, in the picture and in words", "[story]") {
  LoadedRecord record =
      ReadRecordFile(SourcePath("fixtures/s47-reconvened-after-deferral-virtual.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  const doc::Document& story = Story(documents, "words-and-pictures-c1");
  const doc::Image* scale = PictureAfter(story, "How safe are things?");
  REQUIRE(scale);
  CHECK(FileName(scale->path) == "scale-4.png");
  CHECK(scale->alt_text == "A line of numbers from 0 to 10, marked at 4");
  CHECK_THAT(doc::BlocksText(story.blocks),
             Catch::Contains("The grown-ups put the mark at 4 out of 10."));
}

TEST_CASE("a child's story has no case number in its page header; the minutes do", "[story]") {
  LoadedRecord record =
      ReadRecordFile(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  const std::string& id = record.record->id;
  for (const char* name : {"words-and-pictures-c1", "words-and-pictures-c2"}) {
    const doc::Document& story = Story(documents, name);
    INFO(name);
    CHECK(story.furniture.header_text.find(id) == std::string::npos);
    CHECK(story.furniture.footer_text.find(id) == std::string::npos);
    CHECK(story.look.body_size_pt >= 17.5);  // 0.8 of it, the footer, is still 14 pt
    CHECK(story.look.keep_paragraphs_whole);
  }
  CHECK(Story(documents, "minutes").furniture.header_text.find(id) != std::string::npos);
}

TEST_CASE("the child's drawing gets a page of its own with its description", "[story]") {
  fs::path folder = fs::temp_directory_path() / "sdgen-story-drawing";
  fs::create_directories(folder);
  fs::copy_file(SourcePath("styles/default/pictures/home.png"), folder / "leo.png",
                fs::copy_options::overwrite_existing);
  std::optional<std::string> xml =
      ReadWholeFile(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  REQUIRE(xml);
  const std::string anchor = "</what-happens-next>";
  xml->insert(xml->find(anchor) + anchor.size(),
              "<drawing image=\"leo.png\" alt=\"Leo's drawing of his house\"/>");
  LoadedRecord record = ReadRecordText((folder / "record.xml").string(), *xml);
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  const doc::Document& story = Story(documents, "words-and-pictures-c1");
  const doc::Image* drawing = PictureAfter(story, "Your drawing");
  REQUIRE(drawing);
  CHECK(drawing->path == fs::canonical(folder / "leo.png").string());
  CHECK(drawing->alt_text == "Leo's drawing of his house");
  bool page_break_before = false;
  for (size_t i = 1; i < story.blocks.size(); ++i) {
    const auto* heading = std::get_if<doc::Heading>(&story.blocks[i]);
    if (heading && heading->text == "Your drawing") {
      page_break_before = std::holds_alternative<doc::PageBreak>(story.blocks[i - 1]);
    }
  }
  CHECK(page_break_before);
  CHECK(PictureAfter(Story(documents, "words-and-pictures-c2"), "Your drawing") == nullptr);
}

TEST_CASE("a story names the grown-ups at home by what the child calls them, not the alleged",
          "[story]") {
  LoadedRecord record = ReadRecordFile(SharedPath("spec/example-record-format2.xml"));
  std::vector<RenderedDocument> documents = RenderShipped(*record.record);
  std::string text = doc::BlocksText(Story(documents, "words-and-pictures-c1").blocks);
  CHECK_THAT(text, Catch::Contains("At home with you: Mum.\n"));
  CHECK_THAT(text, !Catch::Contains("Siân"));
}

}  // namespace sdgen::test
