// `cmake --build build --target package` makes a .deb (docs/packaging.md):
// its Depends come from dpkg-shlibdeps plus the fonts the shipped style loads;
// unpacked into an empty root, its man page renders and its sdgen builds the
// example record with the source tree hidden; dpkg installs it into an empty
// root and removes every file again; lintian finds nothing that
// docs/packaging.md does not explain.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "command_run.h"
#include "hidden_source.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

// Makes the package into `folder` with cpack, as the package target does; its path.
std::string MakePackage(const std::string& folder) {
  CommandResult cpack =
      RunCommand("cpack --config " + ShellQuote(BuildFolder() + "/CPackConfig.cmake") + " -B " +
                 ShellQuote(folder));
  INFO(cpack.out + cpack.err);
  REQUIRE(cpack.exit_code == 0);
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".deb") return entry.path().string();
  }
  FAIL("cpack made no .deb");
  return "";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("the .deb installs a working sdgen with its data, pages and completion",
          "[package][slow]") {
  // Today there is no package target: cpack has no configuration to read.
  std::string folder = MakeTemporaryFolder();
  std::string deb = MakePackage(folder);
  CHECK(fs::path(deb).filename().string().rfind("sdgen_", 0) == 0);

  std::string depends = RunCommand("dpkg-deb -f " + ShellQuote(deb) + " Depends").out;
  INFO(depends);
  for (const char* package : {"fonts-dejavu-core", "fonts-sil-andika", "libc6", "libhpdf-2.3.0",
                              "libicu72", "libpugixml1v5", "libdeflate0", "libssl3"}) {
    CHECK(depends.find(package) != std::string::npos);
  }

  std::vector<std::string> files =
      Lines(RunCommand("dpkg-deb -c " + ShellQuote(deb) + " | awk '{print $6}'").out);
  for (const std::string& path : files) {
    INFO(path);
    CHECK(path.rfind("./usr/", 0) == 0);
    CHECK(path.find("sdgen-source-tree") == std::string::npos);
  }
  for (const char* path :
       {"./usr/bin/sdgen", "./usr/share/sdgen/templates/decision-sheet.xml",
        "./usr/share/sdgen/styles/default/style.xml",
        "./usr/share/sdgen/styles/default/dictionary.xml",
        "./usr/share/sdgen/styles/default/bank-holidays.xml",
        "./usr/share/sdgen/styles/default/pictures/family.png", "./usr/share/man/man1/sdgen.1.gz",
        "./usr/share/man/man1/sdgen-build.1.gz", "./usr/share/doc/sdgen/copyright",
        "./usr/share/doc/sdgen/changelog.gz", "./usr/share/bash-completion/completions/sdgen"}) {
    INFO(path);
    CHECK(std::find(files.begin(), files.end(), path) != files.end());
  }

  std::string root = folder + "/root";
  REQUIRE(RunCommand("dpkg-deb -x " + ShellQuote(deb) + " " + ShellQuote(root)).exit_code == 0);
  CommandResult page = RunCommand("MANWIDTH=80 man --warnings -l " +
                                  ShellQuote(root + "/usr/share/man/man1/sdgen.1.gz"));
  CHECK(page.exit_code == 0);
  CHECK(page.err.empty());
  CHECK(page.out.find("SYNOPSIS") != std::string::npos);

  std::string work = folder + "/work";
  fs::create_directory(work);
  fs::copy_file(SharedPath("spec/example-record.xml"), work + "/record.xml");
  CommandResult build =
      RunWithSourceHidden("cd " + ShellQuote(work) + " && env -u SDGEN_DATA_DIR " +
                          ShellQuote(root + "/usr/bin/sdgen") + " build record.xml -o out");
  INFO(build.err);
  CHECK(build.exit_code == 0);
  CHECK(build.err.find("written") != std::string::npos);
  fs::remove_all(folder);
}

TEST_CASE("lintian finds nothing that docs/packaging.md does not explain", "[package][slow]") {
  std::string folder = MakeTemporaryFolder();
  std::string deb = MakePackage(folder);
  CommandResult lintian = RunCommand("lintian --tag-display-limit 0 " + ShellQuote(deb));
  INFO(lintian.out + lintian.err);
  std::string explained = ReadFile(SourcePath("docs/packaging.md"));
  for (const std::string& line : Lines(lintian.out)) {
    INFO(line);
    CHECK(line.rfind("E: ", 0) != 0);
    // "W: sdgen: TAG details": each tag has its paragraph in the docs.
    std::istringstream words(line);
    std::string severity, package, tag;
    words >> severity >> package >> tag;
    CHECK(explained.find("`" + tag + "`") != std::string::npos);
  }
  fs::remove_all(folder);
}

TEST_CASE("dpkg installs the .deb into an empty root and dpkg -r removes every file it put there",
          "[package][slow]") {
  std::string folder = MakeTemporaryFolder();
  std::string deb = MakePackage(folder);
  // An empty root with an empty dpkg database: a clean machine, as far as dpkg knows.
  std::string root = folder + "/root";
  fs::create_directories(root + "/var/lib/dpkg/info");
  fs::create_directories(root + "/var/lib/dpkg/updates");
  fs::create_directories(root + "/var/lib/dpkg/triggers");
  RunCommand("touch " + ShellQuote(root + "/var/lib/dpkg/status"));
  // The libraries and fonts it depends on are the host's, not this root's.
  CommandResult install = RunCommand("dpkg --root=" + ShellQuote(root) +
                                     " --force-depends --force-not-root -i " + ShellQuote(deb));
  INFO(install.out + install.err);
  REQUIRE(install.exit_code == 0);
  std::vector<std::string> listed =
      Lines(RunCommand("dpkg --root=" + ShellQuote(root) + " -L sdgen").out);
  CHECK(std::find(listed.begin(), listed.end(), "/usr/bin/sdgen") != listed.end());
  CHECK(fs::is_regular_file(root + "/usr/share/sdgen/styles/default/style.xml"));

  std::string work = folder + "/work";
  fs::create_directory(work);
  fs::copy_file(SharedPath("spec/example-record-format2.xml"), work + "/record.xml");
  CommandResult build =
      RunWithSourceHidden("cd " + ShellQuote(work) + " && env -u SDGEN_DATA_DIR " +
                          ShellQuote(root + "/usr/bin/sdgen") + " build record.xml -o out");
  INFO(build.err);
  CHECK(build.exit_code == 0);

  CommandResult remove =
      RunCommand("dpkg --root=" + ShellQuote(root) + " --force-not-root -r sdgen");
  INFO(remove.out + remove.err);
  CHECK(remove.exit_code == 0);
  for (const std::string& path : listed) {
    INFO(path);
    CHECK_FALSE(fs::is_regular_file(root + path));
  }
  size_t left = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().string().find("/var/lib/dpkg/") == std::string::npos)
      ++left;
  CHECK(left == 0);
  fs::remove_all(folder);
}
