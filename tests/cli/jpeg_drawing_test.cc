// A child's drawing saved as JPEG, as a phone or scanner saves it, goes into
// the story as it is: DCT data in the PDF, a .jpeg part in Word, and none of
// what the file said about itself (the camera, a place, a comment).

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {
namespace fs = std::filesystem;

TEST_CASE("a JPEG drawing is placed as it is, without its metadata", "[cli][drawing][jpeg]") {
  // The fixture's drawing carries an Exif segment and a comment, each
  // holding the word PRIVATE.
  REQUIRE(ReadFile(SourcePath("fixtures/drawings/meg-house.jpg")).find("PRIVATE") !=
          std::string::npos);
  std::string out = MakeTemporaryFolder();
  CommandResult built = RunCommand(
      ShellQuote(BinaryPath()) + " build -o " + ShellQuote(out) + " " +
      ShellQuote(SourcePath("fixtures/referral-young-carer-virtual.xml")));
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  std::string story = out + "/SD-2026-0311/words-and-pictures-c1-megan-harcourt";

  CommandResult images = RunCommand("pdfimages -list " + ShellQuote(story + ".pdf"));
  CHECK_THAT(images.out, Catch::Matches("(.|\\n)* 160 +120 +rgb +3 +8 +jpeg (.|\\n)*"));
  CommandResult parts = RunCommand("unzip -l " + ShellQuote(story + ".docx"));
  CHECK_THAT(parts.out, Catch::Contains("word/media/image4.jpeg"));
  CHECK_THAT(RunCommand("unzip -p " + ShellQuote(story + ".docx") + " '\\[Content_Types\\].xml'").out,
             Catch::Contains("ContentType=\"image/jpeg\""));
  for (const auto& entry : fs::directory_iterator(out + "/SD-2026-0311")) {
    INFO(entry.path().string());
    CHECK(ReadFile(entry.path().string()).find("PRIVATE") == std::string::npos);
    if (entry.path().extension() == ".docx") {
      CommandResult media =
          RunCommand("unzip -p " + ShellQuote(entry.path().string()) + " 'word/media/*'");
      CHECK(media.out.find("PRIVATE") == std::string::npos);
    }
  }
  fs::remove_all(out);
}

}  // namespace sdgen::test
