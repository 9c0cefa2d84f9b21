// `cmake --install` makes a tree that works on its own: the program finds its
// templates and styles in ../share/sdgen, with the source tree and the build
// folder hidden; the man pages are the help's; bash completes commands,
// options and the files each command reads.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "command_run.h"
#include "hidden_source.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

// A fresh prefix with sdgen installed in it.
std::string InstalledPrefix() {
  std::string prefix = MakeTemporaryFolder();
  CommandResult install = RunCommand("cmake --install " + ShellQuote(BuildFolder()) + " --prefix " +
                                     ShellQuote(prefix));
  INFO(install.out + install.err);
  REQUIRE(install.exit_code == 0);
  return prefix;
}

const char* const kCommands[] = {"build", "check",  "explain",   "lint",
                                 "rules", "schema", "templates", "verify"};

// What bash completes for the words of `line` (the last word is the one completed).
std::string Complete(const std::string& prefix, const std::string& folder,
                     const std::string& line) {
  std::string script = "cd " + ShellQuote(folder) + " && PATH=" + ShellQuote(prefix + "/bin") +
                       ":$PATH && source " +
                       ShellQuote(prefix + "/share/bash-completion/completions/sdgen") +
                       " && COMP_WORDS=(" + line + ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1))" +
                       " && _sdgen && printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '";
  return RunCommand("bash -c " + ShellQuote(script)).out;
}

}  // namespace

TEST_CASE("cmake --install puts the program and everything it reads under the prefix",
          "[install]") {
  // Today `cmake --install` installs nothing.
  std::string prefix = InstalledPrefix();
  for (std::string path :
       {"bin/sdgen", "share/sdgen/templates/decision-sheet.xml", "share/sdgen/templates/partials",
        "share/sdgen/styles/default/style.xml", "share/sdgen/styles/default/dictionary.xml",
        "share/sdgen/styles/default/bank-holidays.xml",
        "share/sdgen/styles/default/pictures/family.png", "share/doc/sdgen/README.md",
        "share/doc/sdgen/copyright", "share/doc/sdgen/changelog.gz",
        "share/doc/sdgen/docs/record-format.md", "share/man/man1/sdgen.1.gz",
        "share/bash-completion/completions/sdgen"}) {
    INFO(path);
    CHECK(fs::exists(prefix + "/" + path));
  }
  for (const char* command : kCommands) {
    INFO(command);
    CHECK(fs::exists(prefix + "/share/man/man1/sdgen-" + command + ".1.gz"));
  }
  // The build folder's marker would point back into the source tree.
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(prefix)) {
    CHECK(entry.path().filename() != "sdgen-source-tree");
  }
  fs::remove_all(prefix);
}

TEST_CASE("the installed program builds the example record with the source tree hidden",
          "[install]") {
  std::string prefix = InstalledPrefix();
  std::string work = MakeTemporaryFolder();
  fs::copy_file(SharedPath("spec/example-record.xml"), work + "/record.xml");
  std::string sdgen =
      "cd " + ShellQuote(work) + " && env -u SDGEN_DATA_DIR " + ShellQuote(prefix + "/bin/sdgen");
  CommandResult version = RunWithSourceHidden(sdgen + " --version");
  INFO(version.err);
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("\ndata: " + prefix + "/share/sdgen (next to the program)\n") !=
        std::string::npos);
  CommandResult build = RunWithSourceHidden(sdgen + " build record.xml -o out");
  INFO(build.err);
  CHECK(build.exit_code == 0);
  bool wrote_sheet = false;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(work + "/out")) {
    wrote_sheet = wrote_sheet || entry.path().filename() == "decision-sheet.pdf";
  }
  CHECK(wrote_sheet);
  // The plain-language check reads the shipped dictionary (the example has findings: exit 1).
  CommandResult check = RunWithSourceHidden(sdgen + " check --plain-language - < record.xml");
  CHECK(check.exit_code == 1);
  CHECK(check.err.find("[PL0") != std::string::npos);
  CHECK(check.err.find("[PL022]") == std::string::npos);
  CommandResult init = RunWithSourceHidden(sdgen + " templates init council");
  CHECK(init.exit_code == 0);
  CHECK(fs::exists(work + "/council/style/style.xml"));
  fs::remove_all(work);
  fs::remove_all(prefix);
}

TEST_CASE("the installed man pages are what sdgen help --man prints", "[install]") {
  std::string prefix = InstalledPrefix();
  std::string pages = prefix + "/share/man/man1/";
  CHECK(RunCommand("gzip -dc " + ShellQuote(pages + "sdgen.1.gz")).out ==
        RunCommand(ShellQuote(BinaryPath()) + " help --man").out);
  for (const char* command : kCommands) {
    INFO(command);
    std::string page =
        RunCommand("gzip -dc " + ShellQuote(pages + "sdgen-" + command + ".1.gz")).out;
    CHECK(page == RunCommand(ShellQuote(BinaryPath()) + " help --man " + command).out);
  }
  CommandResult rendered = RunCommand("MANWIDTH=80 man -l " + ShellQuote(pages + "sdgen.1.gz"));
  CHECK(rendered.exit_code == 0);
  CHECK(rendered.out.find("SDGEN_DATA_DIR") != std::string::npos);
  fs::remove_all(prefix);
}

TEST_CASE("bash completes commands, options and the files each command reads", "[install]") {
  std::string prefix = InstalledPrefix();
  std::string folder = MakeTemporaryFolder();
  fs::create_directory(folder + "/records");
  for (const char* name : {"a.xml", "b.txt", "c.pdf", "d.docx"})
    RunCommand("touch " + folder + "/" + name);
  CHECK(Complete(prefix, folder, "sdgen ch") == "check ");
  CHECK(Complete(prefix, folder, "sdgen t") == "templates ");
  CHECK(Complete(prefix, folder, "sdgen --d") == "--data-dir --diagnostics ");
  CHECK(Complete(prefix, folder, "sdgen --diagnostics ''") == "json sarif text ");
  CHECK(Complete(prefix, folder, "sdgen check --p") == "--plain-language ");
  CHECK(Complete(prefix, folder, "sdgen lint --a") == "--accept --audience ");
  CHECK(Complete(prefix, folder, "sdgen check ''") == "a.xml records ");
  CHECK(Complete(prefix, folder, "sdgen lint ''") == "b.txt records ");
  CHECK(Complete(prefix, folder, "sdgen verify ''") == "a.xml c.pdf d.docx records ");
  CHECK(Complete(prefix, folder, "sdgen build --style ''") == "records ");
  CHECK(Complete(prefix, folder, "sdgen templates ''") == "check init ");
  CHECK(Complete(prefix, folder, "sdgen explain RD00").find("RD006 ") != std::string::npos);
  fs::remove_all(folder);
  fs::remove_all(prefix);
}
