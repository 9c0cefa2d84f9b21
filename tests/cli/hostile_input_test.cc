// The real binary given hostile input: nothing is written outside the output
// folder, and nothing a file holds is acted on by the terminal.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

// Every file under `folder`, as paths relative to it.
std::vector<std::string> FilesUnder(const fs::path& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), folder).string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("a person id that climbs out of the folder writes nothing anywhere") {
  fs::path root = MakeTemporaryFolder();
  fs::path out = root / "a" / "b" / "out";
  fs::create_directories(out);
  CommandResult result =
      RunCommand(ShellQuote(BinaryPath()) + " build -o " + ShellQuote(out.string()) + " " +
                 ShellQuote(SourcePath("fixtures/bad/person-id-escapes-folder.xml")));
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("[RD010]") != std::string::npos);
  CHECK(FilesUnder(root).empty());
  fs::remove_all(root);
}

TEST_CASE("a template whose document name climbs out of the folder writes nothing anywhere") {
  fs::path root = MakeTemporaryFolder();
  fs::path templates = root / "templates";
  fs::path out = root / "out";
  fs::create_directories(templates);
  std::ofstream(templates / "escape.xml")
      << "<template document=\"../../PWNED\" audience=\"professionals\" title=\"T\">\n"
         "<p>{{ record-id }}</p>\n</template>\n";
  CommandResult result =
      RunCommand(ShellQuote(BinaryPath()) + " build --templates " + ShellQuote(templates.string()) +
                 " -o " + ShellQuote(out.string()) + " " +
                 ShellQuote(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml")));
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("escape.xml:1:21: error: document name `../../PWNED` is not a token") !=
        std::string::npos);
  CHECK(FilesUnder(root) == std::vector<std::string>{"templates/escape.xml"});
  fs::remove_all(root);
}

TEST_CASE("terminal commands in a record reach the terminal only as escapes") {
  CommandResult result = RunCommand(ShellQuote(BinaryPath()) + " check " +
                                    ShellQuote(SourcePath("fixtures/bad/terminal-escape.xml")));
  CHECK(result.exit_code == 2);
  CHECK(result.err.find('\x1b') == std::string::npos);
  CHECK(result.err.find('\x07') == std::string::npos);
  CHECK(result.err.find("Held \\x1b]0;sdgen\\x07first thing\\x1b[2J") != std::string::npos);
}
