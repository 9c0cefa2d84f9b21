// One build at a time writes to an output folder, and a build cleans up what
// a killed one left half-written.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {
namespace fs = std::filesystem;

TEST_CASE("a build waits for another build writing to the same folder", "[cli][lock]") {
  std::string out = MakeTemporaryFolder();
  // Another build, played by flock(1), holds the folder's lock for a second;
  // sdgen starts once it is held, however slow the machine.
  std::string held = MakeTemporaryFolder() + "/held";
  CommandResult result = RunCommand(
      "( flock " + ShellQuote(out) + " sh -c " + ShellQuote("touch " + ShellQuote(held) + "; sleep 1") +
      " & while [ ! -e " + ShellQuote(held) + " ]; do sleep 0.05; done; " +
      ShellQuote(BinaryPath()) + " build -q -o " + ShellQuote(out) + " " +
      ShellQuote(SharedPath("spec/example-record-format2.xml")) +
      "; status=$?; wait; exit $status )");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("sdgen build: another build is writing to '" + out +
                                         "'; waiting for it\n"));
  CHECK(fs::is_regular_file(out + "/SD-2026-0417/minutes.pdf"));
  fs::remove_all(out);
  fs::remove_all(fs::path(held).parent_path());
}

TEST_CASE("a build removes the temporary files a killed build left", "[cli][lock]") {
  std::string out = MakeTemporaryFolder();
  fs::create_directories(out + "/SD-2026-0417");
  std::ofstream(out + "/SD-2026-0417/minutes.pdf.tmp-4242") << "%PDF-1.4 half written";
  std::ofstream(out + "/SD-2026-0417/my-notes.txt") << "a user's own file";
  fs::create_directories(out + "/SD-2026-0417/scans");
  std::ofstream(out + "/SD-2026-0417/scans/page-1.txt") << "a user's own folder";
  CommandResult result =
      RunCommand(ShellQuote(BinaryPath()) + " build -q -o " + ShellQuote(out) + " " +
                 ShellQuote(SharedPath("spec/example-record-format2.xml")));
  CHECK(result.exit_code == 0);
  CHECK_FALSE(fs::exists(out + "/SD-2026-0417/minutes.pdf.tmp-4242"));
  CHECK(fs::is_regular_file(out + "/SD-2026-0417/my-notes.txt"));
  CHECK(ReadFile(out + "/SD-2026-0417/scans/page-1.txt") == "a user's own folder");
  fs::remove_all(out);
}

}  // namespace sdgen::test
