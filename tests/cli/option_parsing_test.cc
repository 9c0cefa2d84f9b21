// Command lines: every command reads its options the same way, refuses what
// it does not take, and refuses a council folder that is not there, instead
// of quietly building with the shipped defaults.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

std::string Example() { return ShellQuote(SharedPath("spec/example-record.xml")); }

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

}  // namespace

TEST_CASE("check takes --style before the records", "[cli][options]") {
  // Today the option is read as a record: `--style:1:1: error: cannot read the file`.
  std::string style = MakeTemporaryFolder();
  CommandResult result = Sdgen("check --style " + ShellQuote(style) + " " + Example());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("--style") == std::string::npos);
  CHECK(Sdgen("check --style=" + ShellQuote(style) + " --plain-language " + Example())
            .err.find("cannot read") == std::string::npos);
  std::filesystem::remove_all(style);
}

TEST_CASE("an unknown option is refused with the options the command takes", "[cli][options]") {
  CommandResult check = Sdgen("check --stlye styles/default " + Example());
  CHECK(check.exit_code == 2);
  CHECK(StartsWith(check.err,
                   "sdgen check: unknown option '--stlye'; did you mean '--style'?\n"
                   "check takes --style DIR, --plain-language\n"));
  CommandResult build = Sdgen("build --colour -o /tmp/x " + Example());
  CHECK(build.exit_code == 2);
  CHECK(StartsWith(build.err,
                   "sdgen build: unknown option '--colour'\n"
                   "build takes -o OUT, --templates DIR, --style DIR, --quiet, -q, --jobs N, "
                   "--sign CHAIR.p12\n"));
  CommandResult templates = Sdgen("templates check --templates templates");
  CHECK(templates.exit_code == 2);
  CHECK(StartsWith(templates.err,
                   "sdgen templates check: unknown option '--templates'\n"
                   "templates check takes --style DIR\n"));
  CommandResult lint = Sdgen("lint --reading-ages 9 notes.txt");
  CHECK(lint.exit_code == 2);
  CHECK(StartsWith(lint.err,
                   "sdgen lint: unknown option '--reading-ages'; did you mean "
                   "'--reading-age'?\n"));
  CommandResult rules = Sdgen("rules --all");
  CHECK(rules.exit_code == 2);
  CHECK(StartsWith(rules.err, "sdgen rules: unknown option '--all'\nrules takes no options\n"));
  CommandResult verify = Sdgen("verify --quiet " + Example());
  CHECK(verify.exit_code == 2);
  CHECK(StartsWith(verify.err,
                   "sdgen verify: unknown option '--quiet'\nverify takes --trust CA.pem, "
                   "--templates DIR, --style DIR\n"));
  CommandResult missing = Sdgen("check " + Example() + " --style");
  CHECK(missing.exit_code == 2);
  CHECK(StartsWith(missing.err, "sdgen check: --style needs DIR\n"));
}

TEST_CASE("a --style or --templates folder that does not exist is an error", "[cli][options]") {
  // A typo in a scheduled job must not build with the shipped defaults.
  std::string out = MakeTemporaryFolder();
  CommandResult templates =
      Sdgen("build --templates /no/such/templates -o " + ShellQuote(out) + " " + Example());
  CHECK(templates.exit_code == 2);
  CHECK(templates.err == "sdgen build: --templates folder '/no/such/templates' does not exist\n");
  CHECK(std::filesystem::is_empty(out));
  CommandResult style =
      Sdgen("build --style /no/such/style -o " + ShellQuote(out) + " " + Example());
  CHECK(style.exit_code == 2);
  CHECK(style.err == "sdgen build: --style folder '/no/such/style' does not exist\n");
  CHECK(std::filesystem::is_empty(out));
  CommandResult check = Sdgen("check --style /no/such/style " + Example());
  CHECK(check.exit_code == 2);
  CHECK(check.err == "sdgen check: --style folder '/no/such/style' does not exist\n");
  CommandResult lint = Sdgen("lint --style /no/such/style " + Example());
  CHECK(lint.exit_code == 2);
  CHECK(lint.err == "sdgen lint: --style folder '/no/such/style' does not exist\n");
  CommandResult styled = Sdgen("templates check --style /no/such/style templates");
  CHECK(styled.exit_code == 2);
  CHECK(styled.err == "sdgen templates check: --style folder '/no/such/style' does not exist\n");
  std::filesystem::remove_all(out);
}

TEST_CASE("templates check of a folder that does not exist is an error", "[cli][options]") {
  // Today: "compiled 5 templates", exit 0, having checked only the shipped ones.
  CommandResult result = Sdgen("templates check /nonexistent");
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err == "sdgen templates check: template folder '/nonexistent' does not exist\n");
  CommandResult not_folder = Sdgen("templates check " + Example());
  CHECK(not_folder.exit_code == 2);
  CHECK(not_folder.err == "sdgen templates check: template folder '" +
                              SharedPath("spec/example-record.xml") + "' is not a folder\n");
}

TEST_CASE("with JSON diagnostics, templates check prints only the JSON", "[cli][options]") {
  std::string empty = MakeTemporaryFolder();
  CommandResult json = Sdgen("--diagnostics json templates check " + ShellQuote(empty));
  INFO(json.out);
  CHECK(json.exit_code == 0);
  CHECK(json.out == "[]\n");
  CommandResult sarif = Sdgen("--diagnostics sarif templates check " + ShellQuote(empty));
  CHECK(StartsWith(sarif.out, "{"));
  // Text output keeps the count people read.
  CHECK(Sdgen("templates check " + ShellQuote(empty)).out.rfind("compiled ", 0) == 0);
  std::filesystem::remove_all(empty);
}
