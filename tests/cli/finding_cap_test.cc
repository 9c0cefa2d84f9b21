// A file with thousands of findings prints the first 200 and says how many
// more it left out (OUT011); the closing counts and the exit status still
// include them all.

#include "cli/finding_cap.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

size_t Count(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("at most 200 findings of one file pass, over every chunk of a run", "[cap]") {
  SourceFile first("a.xml", "x"), second("b.xml", "y");
  cli::FindingCap cap;
  DiagnosticList chunk;
  for (int i = 0; i < 150; ++i) chunk.Warning({&first, 0}, "RD001", "w");
  for (int i = 0; i < 10; ++i) chunk.Error({&second, 0}, "RD002", "e");
  CHECK(cap.Apply(chunk).all().size() == 160);

  DiagnosticList more;
  for (int i = 0; i < 100; ++i) more.Warning({&first, 0}, "RD001", "w");
  more.Error({nullptr, 0}, "RD003", "no place: never left out");
  DiagnosticList shown = cap.Apply(more);
  REQUIRE(shown.all().size() == 50 + 1 + 1);
  const Diagnostic& note = shown.all().back();
  CHECK(note.severity == Severity::kNote);
  CHECK(note.rule == "OUT011");
  CHECK(note.where.file == &first);
  CHECK(note.message ==
        "50 more findings in this file left out: sdgen prints at most 200 for one file");
}

TEST_CASE("sdgen check prints 200 findings of a record with 1,000 and counts them all", "[cap]") {
  std::string xml = ReadFile(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  size_t people = xml.find("<people>");
  REQUIRE(people != std::string::npos);
  std::string pets;
  for (int i = 0; i < 1000; ++i) pets += "<pet/>";
  xml.insert(people + 8, pets);
  std::string record = MakeTemporaryFolder() + "/record.xml";
  std::ofstream(record, std::ios::binary) << xml;
  CommandResult result = RunCommand(ShellQuote(BinaryPath()) + " check " + ShellQuote(record));
  CHECK(Count(result.err, "unknown element <pet> inside <people>") == 200);
  CHECK(Count(result.err, "[OUT011]") == 1);
  CHECK(result.err.find("800 more findings in this file left out: sdgen prints at most 200 for "
                        "one file [OUT011]") != std::string::npos);
  CHECK(result.err.find("1000 warnings") != std::string::npos);

  CommandResult json =
      RunCommand(ShellQuote(BinaryPath()) + " check --diagnostics json " + ShellQuote(record));
  CHECK(Count(json.out, "\"rule\": \"OUT011\"") + Count(json.out, "\"rule\":\"OUT011\"") == 1);
}
