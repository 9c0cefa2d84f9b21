// `-` reads the record (check) or the text (lint) from standard input, the way
// a pipeline or a case-management system hands it over; findings name it
// <stdin>, and in JSON or SARIF nothing but the findings reaches stdout.

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

// sdgen with `input` (a file) as its standard input.
CommandResult SdgenFrom(const std::string& input, const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments + " < " + ShellQuote(input));
}

// Whether `text` parses as one JSON value and `condition` (Python, over `d`) holds.
bool JsonHolds(const std::string& text, const std::string& condition) {
  std::string folder = MakeTemporaryFolder();
  std::string path = folder + "/out.json";
  std::ofstream(path, std::ios::binary) << text;
  CommandResult result =
      RunCommand("/usr/bin/python3 -c " +
                 ShellQuote("import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if (" +
                            condition + ") else 1)") +
                 " " + ShellQuote(path));
  RunCommand("rm -rf " + ShellQuote(folder));
  return result.exit_code == 0;
}

}  // namespace

TEST_CASE("check - reads the record from standard input and names it <stdin>", "[cli][stdin]") {
  // Today: `-:1:1: error: cannot read the file: No such file or directory [RD000]`, exit 2.
  CommandResult bad = SdgenFrom(SourcePath("fixtures/bad/dangling-id.xml"), "check -");
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("<stdin>:31:17: error: harm 'by' names 'a9', but no attendee has that id "
                     "[RD006]\n") != std::string::npos);
  CHECK(bad.err.find("-:") == std::string::npos);
  CommandResult good = SdgenFrom(SharedPath("spec/example-record.xml"), "check -");
  INFO(good.err);
  CHECK(good.exit_code == 0);
  CHECK(good.err.find("cannot read") == std::string::npos);
}

TEST_CASE("check - with other records reads each once", "[cli][stdin]") {
  CommandResult both =
      SdgenFrom(SourcePath("fixtures/bad/dangling-id.xml"),
                "check " + ShellQuote(SharedPath("spec/example-record.xml")) + " -");
  CHECK(both.exit_code == 1);
  CHECK(both.err.find("<stdin>:31:17: error") != std::string::npos);
  CHECK(both.err.find("cannot read") == std::string::npos);
}

TEST_CASE("check - in JSON and SARIF writes only the findings to stdout", "[cli][stdin]") {
  std::string bad = SourcePath("fixtures/bad/dangling-id.xml");
  CommandResult json = SdgenFrom(bad, "--diagnostics json check -");
  CHECK(json.exit_code == 1);
  CHECK(JsonHolds(json.out, "any(x['file'] == '<stdin>' and x['rule'] == 'RD006' for x in d)"));
  CommandResult sarif = SdgenFrom(bad, "check --diagnostics sarif -");
  CHECK(sarif.exit_code == 1);
  CHECK(JsonHolds(sarif.out,
                  "d['runs'][0]['results'][0]['locations'][0]['physicalLocation']"
                  "['artifactLocation']['uri'] == '<stdin>'"));
  CHECK(json.err.empty());
  CHECK(sarif.err.empty());
}

TEST_CASE("lint - reads the text from standard input", "[cli][stdin]") {
  std::string folder = MakeTemporaryFolder();
  std::string text = folder + "/letter.txt";
  RunCommand("printf 'We will hold a section 47 enquiry.\\n' > " + ShellQuote(text));
  CommandResult result = SdgenFrom(text, "lint -");
  CHECK(result.exit_code == 1);
  CHECK(result.err.rfind("<stdin>:1:", 0) == 0);
  CHECK(result.err.find("cannot read") == std::string::npos);
  CommandResult json = SdgenFrom(text, "--diagnostics json lint -");
  CHECK(JsonHolds(json.out, "len(d) > 0 and all(x['file'] == '<stdin>' for x in d)"));
  RunCommand("rm -rf " + ShellQuote(folder));
}

TEST_CASE("check - refuses standard input over the size limit, as it refuses a file",
          "[cli][stdin]") {
  CommandResult big = RunCommand("head -c 5000000 /dev/zero | " + ShellQuote(BinaryPath()) +
                                 " check -");
  CHECK(big.exit_code == 2);
  CHECK(big.err.rfind("<stdin>:1:1: error: standard input is over 4 MiB; inputs over 4 MiB are "
                      "refused [RD011]\n",
                      0) == 0);
}
