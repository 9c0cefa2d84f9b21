// Runs the real binary on every file in fixtures/bad/ and checks the
// diagnostic and exit status each file announces in its first comment.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

struct Expectation {
  int exit_code = -1;
  std::string diagnostic;  // "LINE:COL: severity: message [RULE]"
};

Expectation ReadExpectation(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  std::regex pattern("<!-- expect exit ([0-9]): (.*) -->");
  while (std::getline(in, line)) {
    std::smatch match;
    if (std::regex_search(line, match, pattern)) return {std::stoi(match[1]), match[2]};
  }
  return {};
}

}  // namespace

TEST_CASE("every bad record gives its announced diagnostic and exit status") {
  std::string folder = SourcePath("fixtures/bad");
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 20);
  for (const std::string& name : files) {
    INFO(name);
    Expectation expected = ReadExpectation(folder + "/" + name);
    REQUIRE(expected.exit_code >= 0);
    // Run from the folder so that paths print as the bare file name.
    CommandResult result =
        RunCommand("cd " + ShellQuote(folder) + " && " + ShellQuote(BinaryPath()) + " check " +
                   ShellQuote(name));
    CHECK(result.exit_code == expected.exit_code);
    CHECK(result.err.find(name + ":" + expected.diagnostic + "\n") != std::string::npos);
    CHECK(result.out.empty());
  }
}
