// What `sdgen build` says about each record and what it leaves behind: the
// per-record report and closing summary, stale outputs removed, two records
// with one id, and a folder that cannot be made.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

const std::string kExample = SharedPath("spec/example-record-format2.xml");
const std::string kDraft = SourcePath("fixtures/bad/action-without-due.xml");
const std::string kInvalid = SourcePath("fixtures/bad/dangling-id.xml");

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// `xml` with its first `from` replaced by `to`.
std::string Edited(std::string xml, const std::string& from, const std::string& to) {
  size_t at = xml.find(from);
  REQUIRE(at != std::string::npos);
  return xml.replace(at, from.size(), to);
}

size_t Occurrences(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("build says for each record what it wrote, drafted, withheld or why nothing") {
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(kExample) + " " + ShellQuote(kDraft) +
            " " + ShellQuote(kInvalid) + " /no/such/record.xml");
  CHECK(result.exit_code == 2);
  // Each record's line of the report, then that record's findings.
  const std::string lines[] = {
      kExample + ": 6 documents written to " + out + "/SD-2026-0417\n",
      kDraft + ": 3 documents written to " + out +
          "/SD-2026-0900, 3 as DRAFT\n"
          "  DRAFT (the record has errors): danger-statement-safety-goal, decision-sheet, minutes\n"
          "  withheld family-letter-p1-agnieszka-zielinska: the letter to Agnieszka Zielińska "
          "would name Bethan Lloyd ('Bethan'), whom Agnieszka Zielińska may not be told about "
          "[SD022]\n",
      kDraft + ":",  // its findings
      kInvalid +
          ": nothing written: the record has errors no document can pass over: harm 'by' "
          "names 'a9', but no attendee has that id [RD006]\n",
      kInvalid + ":31:17: error: harm 'by' names 'a9'",
      "/no/such/record.xml: nothing written: the record cannot be read: cannot read the file: "
      "No such file or directory\n",
      "/no/such/record.xml:1:1: error: cannot read the file"};
  CHECK_THAT(result.err, Catch::StartsWith(lines[0]));
  size_t at = 0;
  for (const std::string& line : lines) {
    INFO(line);
    size_t found = result.err.find(line, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found + line.size();
  }
  // Then the findings' count, then the summary, last.
  CHECK_THAT(
      result.err,
      Catch::EndsWith("4 errors and 7 warnings\n"
                      "4 records: 1 written, 1 draft, 2 not written; 1 document withheld\n"));
  // Not a terminal: no progress line to overwrite.
  CHECK(result.err.find('\r') == std::string::npos);
  fs::remove_all(out);
}

TEST_CASE("build --quiet leaves out the lines for each record, not the findings") {
  std::string out = MakeTemporaryFolder();
  CommandResult result = Sdgen("build --quiet -o " + ShellQuote(out) + " " + ShellQuote(kExample) +
                               " " + ShellQuote(kInvalid));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, !Catch::Contains("documents written"));
  CHECK_THAT(result.err, !Catch::Contains("nothing written"));
  CHECK_THAT(result.err, Catch::Contains("dangling-id.xml:31:17: error: harm 'by' names 'a9', "
                                         "but no attendee has that id [RD006]"));
  CHECK_THAT(result.err, Catch::EndsWith("2 records: 1 written, 0 drafts, 1 not written\n"));
  fs::remove_all(out);
}

TEST_CASE("on a terminal a batch shows which record it is building") {
  std::string out = MakeTemporaryFolder();
  // `script` gives the command a terminal; its own output is that terminal's.
  std::string build = ShellQuote(BinaryPath()) + " build -o " + ShellQuote(out) + " " +
                      ShellQuote(kExample) + " " + ShellQuote(kInvalid);
  CommandResult result = RunCommand("script -qec " + ShellQuote(build) + " /dev/null");
  CHECK_THAT(result.out, Catch::Contains("\r\033[K[1/2] building " + kExample));
  CHECK_THAT(result.out, Catch::Contains("\r\033[K[2/2] building " + kInvalid));
  CHECK_THAT(result.out, Catch::Contains("\r\033[K" + kExample + ": 6 documents written"));
  CHECK_THAT(result.out, Catch::Contains("2 records: 1 written, 0 drafts, 1 not written"));
  fs::remove_all(out);
}

TEST_CASE("a rebuild removes every file the last build wrote and this one does not") {
  std::string out = MakeTemporaryFolder();
  std::string folder = out + "/SD-2026-0208";
  std::string records = MakeTemporaryFolder();
  std::string record = records + "/record.xml";
  std::string xml = ReadFile(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml"));
  WriteFile(record, xml);
  // A council template the first build has and the second does not.
  std::string council = MakeTemporaryFolder();
  WriteFile(council + "/extra-sheet.xml",
            "<template document=\"extra-sheet\" audience=\"professionals\" title=\"Extra\">\n"
            "<p>For the file.</p>\n</template>\n");
  REQUIRE(Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
                ShellQuote(record))
              .exit_code == 0);
  REQUIRE(fs::is_regular_file(folder + "/extra-sheet.pdf"));
  REQUIRE(fs::is_regular_file(folder + "/family-letter-p2-jason-mills.pdf"));
  WriteFile(folder + "/notes-of-my-own.txt", "mine");
  // Jason no longer has parental responsibility: no letter for him.
  WriteFile(record, Edited(xml, "relationship=\"father\" parental-responsibility=\"yes\"",
                           "relationship=\"father\" parental-responsibility=\"no\""));
  CommandResult again = Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(record));
  INFO(again.err);
  CHECK(again.exit_code == 0);
  for (const char* extension : {".pdf", ".docx", ".flat.xml", ".txt"}) {
    CHECK_FALSE(fs::exists(folder + "/extra-sheet" + extension));
    CHECK_FALSE(fs::exists(folder + "/family-letter-p2-jason-mills" + extension));
  }
  CHECK_THAT(again.err, Catch::Contains("note: removed " + folder +
                                        "/extra-sheet.docx, which this build does not write "
                                        "[OUT006]"));
  CHECK_THAT(again.err, Catch::Contains("note: removed " + folder +
                                        "/family-letter-p2-jason-mills.pdf, which this build "
                                        "does not write [OUT006]"));
  CHECK(fs::is_regular_file(folder + "/notes-of-my-own.txt"));
  CHECK(fs::is_regular_file(folder + "/family-letter-p1-kerry-thornbury.pdf"));
  CHECK(fs::is_regular_file(folder + "/minutes.pdf"));

  // Then the record is broken: nothing is written, the family documents of
  // the last build go, and the report says what became of the rest.
  WriteFile(record, xml.substr(0, xml.size() / 2));
  CommandResult broken = Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(record));
  CHECK(broken.exit_code == 2);
  CHECK_THAT(broken.err,
             Catch::StartsWith(record + ": nothing written: the record cannot be read: "));
  CHECK_THAT(broken.err,
             Catch::Contains("; the family documents an earlier build wrote in " + folder +
                             " are removed, its other documents are left as they were\n"));
  CHECK_FALSE(fs::exists(folder + "/family-letter-p1-kerry-thornbury.pdf"));
  CHECK(fs::is_regular_file(folder + "/minutes.pdf"));
  CHECK(fs::is_regular_file(folder + "/notes-of-my-own.txt"));
  fs::remove_all(out);
  fs::remove_all(records);
  fs::remove_all(council);
}

TEST_CASE("a second record with the same id is refused and overwrites nothing") {
  std::string out = MakeTemporaryFolder();
  std::string records = MakeTemporaryFolder();
  std::string first = records + "/first.xml", second = records + "/second.xml";
  std::string xml = ReadFile(kExample);
  WriteFile(first, xml);
  WriteFile(second, Edited(xml, "Tom will explain why we are worried",
                           "Tom will explain what the second record says"));
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(first) + " " + ShellQuote(second));
  CHECK(result.exit_code == 1);
  CHECK_THAT(
      result.err,
      Catch::Contains(
          second + ":3:1: error: record 'SD-2026-0417' has the same output folder as " + first +
          ", built earlier in this run; nothing of this record is written, so that neither "
          "overwrites the other [OUT009]\n"));
  CHECK_THAT(result.err, Catch::Contains(first + ":3:1: note: the record built first\n"));
  CHECK_THAT(result.err,
             Catch::Contains(second + ": nothing written: its documents would overwrite those of " +
                             first + ", which has the same id [OUT009]\n"));
  std::string letter = ReadFile(out + "/SD-2026-0417/family-letter-p1-sian-morgan.txt");
  CHECK_THAT(letter, Catch::Contains("Tom will explain why we are worried"));
  CHECK_THAT(result.err, Catch::EndsWith("2 records: 1 written, 0 drafts, 1 not written\n"));
  fs::remove_all(out);
  fs::remove_all(records);
}

TEST_CASE("an output folder that cannot be made is said once, not once per file") {
  std::string base = MakeTemporaryFolder();
  WriteFile(base + "/a-file", "not a folder");
  std::string out = base + "/a-file/out";
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(kExample) + " " +
            ShellQuote(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml")));
  CHECK(result.exit_code == 1);
  CHECK(Occurrences(result.err, "[OUT002]\n") == 3);  // one finding, two report lines
  CHECK(Occurrences(result.err, ": error: cannot create folder '" + out +
                                    "': Not a directory [OUT002]\n") == 1);
  CHECK_THAT(result.err, Catch::Contains(kExample + ": nothing written: cannot create folder '" +
                                         out + "': Not a directory [OUT002]\n"));
  CHECK_THAT(result.err, Catch::EndsWith("2 records: 0 written, 0 drafts, 2 not written\n"));
  fs::remove_all(base);
}
