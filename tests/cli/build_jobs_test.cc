// `build --jobs N` makes a record's files on N cores: what it writes and what
// it says are the same whatever N is.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {
namespace fs = std::filesystem;

namespace {

// Every fixture and both shared examples, built with `jobs`.
CommandResult BuildAll(const std::string& out, const std::string& jobs) {
  std::string records;
  for (const auto& entry : fs::directory_iterator(SourcePath("fixtures")))
    if (entry.path().extension() == ".xml") records += " " + ShellQuote(entry.path().string());
  records += " " + ShellQuote(SharedPath("spec/example-record.xml"));
  records += " " + ShellQuote(SharedPath("spec/example-record-format2.xml"));
  return RunCommand(ShellQuote(BinaryPath()) + " build --jobs " + jobs + " -o " +
                    ShellQuote(out) + records);
}

}  // namespace

TEST_CASE("build makes the same files and says the same on one core or two", "[cli][jobs]") {
  std::string one = MakeTemporaryFolder();
  std::string two = MakeTemporaryFolder();
  CommandResult serial = BuildAll(one, "1");
  CommandResult parallel = BuildAll(two, "2");
  CHECK(serial.exit_code == parallel.exit_code);
  // The report names the output folder; the rest is word for word the same.
  std::string said = parallel.err;
  for (size_t at; (at = said.find(two)) != std::string::npos;) said.replace(at, two.size(), one);
  CHECK(said == serial.err);
  size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(one)) {
    if (!entry.is_regular_file()) continue;
    fs::path twin = fs::path(two) / fs::relative(entry.path(), one);
    INFO(entry.path().string());
    CHECK(ReadFile(entry.path().string()) == ReadFile(twin.string()));
    ++compared;
  }
  CHECK(compared >= 250);
  fs::remove_all(one);
  fs::remove_all(two);
}

TEST_CASE("build --jobs takes a whole number from 1 to 64", "[cli][jobs]") {
  CommandResult result = RunCommand(ShellQuote(BinaryPath()) + " build --jobs 0 -o /tmp/x " +
                                    ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(result.exit_code == 2);
  CHECK(result.err == "sdgen build: --jobs takes a whole number from 1 to 64, not '0'\n");
}

}  // namespace sdgen::test
