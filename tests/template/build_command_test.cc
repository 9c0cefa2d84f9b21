// Command transcripts for `sdgen build` and `sdgen templates check`: the real
// binary, its output files, what it prints and how it exits.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "style/file_overlay.h"
#include "test_paths.h"

namespace sdgen::test {
namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

bool Exists(const std::string& path) { return std::filesystem::is_regular_file(path); }

}  // namespace

TEST_CASE("sdgen build writes every document of every record", "[cli][build]") {
  std::string out = MakeTemporaryFolder();
  CommandResult result = Sdgen(
      "build -o " + ShellQuote(out) + " " +
      ShellQuote(SharedPath("spec/example-record-format2.xml")) + " " +
      ShellQuote(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  for (const char* name : {"decision-sheet", "minutes", "danger-statement-safety-goal",
                           "words-and-pictures-c1", "family-letter-p1"}) {
    INFO(name);
    CHECK(Exists(out + "/SD-2026-0417/" + name + ".txt"));
  }
  // A letter only for whom a family information reaches: not the alleged
  // father, and the build says so; a story only for the child it is for.
  CHECK_FALSE(Exists(out + "/SD-2026-0417/family-letter-p2.txt"));
  CHECK_FALSE(Exists(out + "/SD-2026-0417/words-and-pictures-c2.txt"));
  CHECK_THAT(result.err, Catch::Contains("note: no letter for p2: no family information reaches "
                                         "them [OUT004]"));
  // Each parent is told separately: the mother and the father living elsewhere.
  CHECK(Exists(out + "/SD-2026-0208/family-letter-p1.txt"));
  CHECK(Exists(out + "/SD-2026-0208/family-letter-p2.txt"));
  CHECK_FALSE(Exists(out + "/SD-2026-0208/family-letter-p3.txt"));
  std::optional<std::string> golden =
      ReadWholeFile(SourcePath("tests/golden/text/example-record-format2/minutes.txt"));
  REQUIRE(golden);
  CHECK(ReadWholeFile(out + "/SD-2026-0417/minutes.txt") == golden);
  std::filesystem::remove_all(out);
}

TEST_CASE("a build removes a family document it no longer writes", "[cli][build][readers]") {
  std::string out = MakeTemporaryFolder();
  std::string folder = out + "/SD-2026-0417";
  std::filesystem::create_directories(folder);
  // Left by an earlier build: a letter to the alleged father, a story for everyone.
  std::ofstream(folder + "/family-letter-p2.pdf") << "stale";
  std::ofstream(folder + "/words-and-pictures.txt") << "stale";
  std::ofstream(folder + "/notes-of-my-own.txt") << "mine";
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record-format2.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_FALSE(Exists(folder + "/family-letter-p2.pdf"));
  CHECK_FALSE(Exists(folder + "/words-and-pictures.txt"));
  CHECK(Exists(folder + "/notes-of-my-own.txt"));
  CHECK(Exists(folder + "/family-letter-p1.pdf"));
  CHECK_THAT(result.err, Catch::Contains("family-letter-p2.pdf, which this build does not write "
                                         "[OUT006]"));
  std::filesystem::remove_all(out);
}

TEST_CASE("a family document that would name a hidden person is withheld, not written",
          "[cli][build][readers]") {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  const std::string told = "Tom will explain why we are worried";
  size_t at = xml.find(told);
  REQUIRE(at != std::string::npos);
  xml.insert(at, "Łucja Nowak knows about this visit. ");
  std::string folder = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(folder + "/record.xml") << xml;
  std::filesystem::create_directories(out + "/SD-2026-0417");
  std::ofstream(out + "/SD-2026-0417/family-letter-p1.pdf") << "stale";
  CommandResult result = Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(folder + "/record.xml"));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("family-letter-p1 is withheld and not written: the letter "
                                         "to Siân Morgan would name Łucja Nowak"));
  for (const char* extension : {".pdf", ".docx", ".flat.xml", ".txt"})
    CHECK_FALSE(Exists(out + "/SD-2026-0417/family-letter-p1" + extension));
  // The other documents of the record still build; Kai's story names no one hidden.
  CHECK(Exists(out + "/SD-2026-0417/minutes.pdf"));
  CHECK(Exists(out + "/SD-2026-0417/words-and-pictures-c1.pdf"));
  std::filesystem::remove_all(folder);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen build uses a council's templates over the defaults", "[cli][build]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(council + "/minutes.xml")
      << "<template document=\"minutes\" audience=\"professionals\" title=\"Our minutes\">\n"
         "<p>Council minutes for {{ record-id }}</p>\n</template>\n";
  CommandResult result =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(ReadWholeFile(out + "/SD-2026-0417/minutes.txt").value_or(""),
             Catch::Contains("Council minutes for SD-2026-0417"));
  CHECK(Exists(out + "/SD-2026-0417/decision-sheet.txt"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("a style with a type size a PDF cannot set is refused", "[cli][build]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::string style = ReadWholeFile(SourcePath("styles/default/style.xml")).value_or("");
  size_t body = style.find("body=\"11\"");
  REQUIRE(body != std::string::npos);
  style.replace(body, 9, "body=\"0\"");
  std::ofstream(council + "/style.xml") << style;
  CommandResult result = Sdgen("build --style " + ShellQuote(council) + " -o " + ShellQuote(out) +
                               " " + ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(result.exit_code != 0);
  CHECK_THAT(result.err, Catch::Contains("`body` size '0' is not a type size in points from 1 to "
                                         "300 [ST006]"));
  CHECK_FALSE(Exists(out + "/SD-2026-0417/minutes.pdf"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen templates check reports every error with its place", "[cli][templates]") {
  std::string council = MakeTemporaryFolder();
  std::ofstream(council + "/family-letter.xml")
      << "<template document=\"family-letter\" audience=\"family\" once-per=\"parent\" "
         "title=\"T\">\n"
         "<p>{{ meeting.reason }}</p>\n"
         "<p>{{ parnet.name }}</p>\n</template>\n";
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("family-letter.xml:2:7: error: `meeting.reason` may be "
                                         "hidden from a family audience"));
  CHECK_THAT(result.err, Catch::Contains("family-letter.xml:3:7: error: unknown field `parnet`"));
  CHECK_THAT(result.err, Catch::Contains("2 errors and "));
  std::string out = MakeTemporaryFolder();
  CommandResult build =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(build.exit_code == 1);
  CHECK(std::filesystem::is_empty(out));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen templates check passes the shipped templates", "[cli][templates]") {
  std::string empty = MakeTemporaryFolder();
  CommandResult result = Sdgen("templates check " + ShellQuote(empty));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "compiled 6 templates\n");
  std::filesystem::remove_all(empty);
}

}  // namespace sdgen::test
