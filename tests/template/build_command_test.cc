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
      "build -o " + ShellQuote(out) + " " + ShellQuote(SharedPath("spec/example-record.xml")) +
      " " + ShellQuote(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  for (const char* name : {"decision-sheet", "minutes", "danger-statement-safety-goal",
                           "words-and-pictures", "family-letter-p1", "family-letter-p2"}) {
    INFO(name);
    CHECK(Exists(out + "/SD-2026-0417/" + name + ".txt"));
  }
  // One letter for each person with parental responsibility: not the grandmother (p3).
  CHECK(Exists(out + "/SD-2026-0208/family-letter-p2.txt"));
  CHECK_FALSE(Exists(out + "/SD-2026-0208/family-letter-p3.txt"));
  std::optional<std::string> golden =
      ReadWholeFile(SourcePath("tests/golden/text/example-record/minutes.txt"));
  REQUIRE(golden);
  CHECK(ReadWholeFile(out + "/SD-2026-0417/minutes.txt") == golden);
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
      << "<template document=\"family-letter\" audience=\"family\" title=\"T\">\n"
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
  CHECK(result.out == "compiled 5 templates\n");
  std::filesystem::remove_all(empty);
}

}  // namespace sdgen::test
