#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen {
namespace {

using test::RunCommand;
using test::ShellQuote;

struct Lint {
  std::string folder = test::MakeTemporaryFolder();

  std::string Write(const std::string& name, const std::string& text) const {
    std::string path = folder + "/" + name;
    std::ofstream(path) << text;
    return path;
  }

  test::CommandResult Run(const std::string& arguments) const {
    return RunCommand(ShellQuote(test::BinaryPath()) + " lint " + arguments);
  }
};

TEST_CASE("sdgen lint reports a drafted letter's jargon with line and column") {
  Lint lint;
  std::string path = lint.Write("letter.txt",
                                "Dear Sian,\n\n"
                                "We have spoken to the LADO about Dan's job.\n");
  test::CommandResult r = lint.Run(ShellQuote(path));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err ==
        path +
            ":3:23: error: 'LADO' is jargon; say 'the person at the council who looks into "
            "concerns about adults who work with children' [PL001]\n"
            "  We have spoken to the LADO about Dan's job.\n"
            "                        ^\n"
            "  suggestion: to keep 'LADO' on purpose, add it to the accept list; the glossary "
            "will explain it\n"
            "1 error and 0 warnings\n");
}

TEST_CASE("sdgen lint --audience professionals warns, and --accept silences") {
  Lint lint;
  std::string path = lint.Write("minutes.txt", "The LADO and the MASH met.\n");
  test::CommandResult r = lint.Run("--audience professionals --accept MASH " + ShellQuote(path));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(":1:5: warning: 'LADO' is jargon") != std::string::npos);
  CHECK(r.err.find("'MASH'") == std::string::npos);
}

TEST_CASE("sdgen lint reads a style's dictionary overlay and accept list") {
  Lint lint;
  lint.Write("dictionary.xml", R"(<dictionary format="1">
  <entry term="LADO" category="jargon" family="warning">
    <plain>our allegations officer</plain><explanation>x</explanation>
  </entry>
</dictionary>)");
  lint.Write("plain-language-accept.txt", "MASH\n");
  std::string path = lint.Write("letter.txt", "The LADO and the MASH met.\n");
  test::CommandResult r = lint.Run("--style " + ShellQuote(lint.folder) + " " + ShellQuote(path));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("warning: 'LADO' is jargon; say 'our allegations officer'") !=
        std::string::npos);
  CHECK(r.err.find("'MASH'") == std::string::npos);
}

TEST_CASE("sdgen lint gives JSON diagnostics on request") {
  Lint lint;
  std::string path = lint.Write("letter.txt", "Ask the LADO.\n");
  test::CommandResult r =
      RunCommand(ShellQuote(test::BinaryPath()) + " --diagnostics json lint " + ShellQuote(path));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"rule\":\"PL001\"") != std::string::npos);
}

TEST_CASE("sdgen lint refuses a missing file and a bad option") {
  Lint lint;
  CHECK(lint.Run("/nonexistent/letter.txt").exit_code == 2);
  CHECK(lint.Run("--audience children x.txt").exit_code == 2);
  CHECK(lint.Run("").exit_code == 2);
}

}  // namespace
}  // namespace sdgen
