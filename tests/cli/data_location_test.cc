// Where sdgen finds its shipped templates and styles: --data-dir, then
// SDGEN_DATA_DIR, then ../share/sdgen beside the program, then the build
// folder's marker. A copy of the program alone finds nothing and says so.

#include "cli/data_location.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"

using sdgen::cli::DataLocation;
using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

// A folder laid out like an installed prefix: bin/ and share/sdgen/ with data.
std::string MakePrefix() {
  std::string prefix = MakeTemporaryFolder();
  fs::create_directories(prefix + "/bin");
  fs::create_directories(prefix + "/share/sdgen/templates");
  fs::create_directories(prefix + "/share/sdgen/styles/default");
  std::ofstream(prefix + "/share/sdgen/styles/default/style.xml") << "<style/>\n";
  return prefix;
}

std::string Source() { return SDGEN_SOURCE_DIR; }

}  // namespace

TEST_CASE("an installed program finds share/sdgen beside it", "[cli][data]") {
  std::string prefix = MakePrefix();
  DataLocation location = DataLocation::Find("", nullptr, prefix + "/bin/sdgen");
  CHECK(location.found());
  CHECK(location.folder() == prefix + "/share/sdgen");
  CHECK(location.how() == "next to the program");
  CHECK(location.templates_folder() == prefix + "/share/sdgen/templates");
  CHECK(location.style_folder() == prefix + "/share/sdgen/styles/default");
  fs::remove_all(prefix);
}

TEST_CASE("the --data-dir option wins over SDGEN_DATA_DIR, which wins over the program's place",
          "[cli][data]") {
  std::string prefix = MakePrefix();
  std::string program = prefix + "/bin/sdgen";
  std::string source = Source();
  DataLocation from_option = DataLocation::Find(source, (prefix + "/share/sdgen").c_str(), program);
  CHECK(from_option.folder() == source);
  CHECK(from_option.how() == "from --data-dir");
  DataLocation from_environment = DataLocation::Find("", source.c_str(), program);
  CHECK(from_environment.how() == "from SDGEN_DATA_DIR");
  // A setting someone wrote down that is wrong is a problem, not quietly skipped.
  DataLocation wrong = DataLocation::Find(prefix + "/bin", nullptr, program);
  CHECK_FALSE(wrong.found());
  CHECK(wrong.problem() ==
        "--data-dir names '" + prefix + "/bin', which holds no templates/ and styles/default/");
  CHECK_FALSE(DataLocation::Find("", (prefix + "/bin").c_str(), program).found());
  fs::remove_all(prefix);
}

TEST_CASE("a build folder's marker names the source tree", "[cli][data]") {
  std::string build = MakeTemporaryFolder();
  DataLocation none = DataLocation::Find("", nullptr, build + "/sdgen");
  CHECK_FALSE(none.found());
  CHECK(none.problem() ==
        "cannot find the shipped templates and styles: looked in ../share/sdgen beside the "
        "program; give --data-dir DIR or set SDGEN_DATA_DIR");
  std::ofstream(build + "/" + sdgen::cli::kBuildTreeMarkerName) << SourcePath("") << "\n";
  DataLocation marked = DataLocation::Find("", nullptr, build + "/sdgen");
  CHECK(marked.folder() == Source());
  CHECK(marked.how() == "in the source tree, as the build folder's marker says");
  fs::remove_all(build);
}

TEST_CASE("a copy of the program alone says it cannot find its data", "[cli][data]") {
  // Today a copy reaches back into the source tree through compiled-in paths.
  std::string folder = MakeTemporaryFolder();
  fs::copy_file(BinaryPath(), folder + "/sdgen");
  std::string copy = ShellQuote(folder + "/sdgen");
  std::string example = ShellQuote(SharedPath("spec/example-record.xml"));
  CommandResult lost = RunCommand("env -u SDGEN_DATA_DIR " + copy + " check " + example);
  CHECK(lost.exit_code == 2);
  CHECK(lost.err ==
        "sdgen check: cannot find the shipped templates and styles: looked in ../share/sdgen "
        "beside the program; give --data-dir DIR or set SDGEN_DATA_DIR\n");
  CommandResult option =
      RunCommand(copy + " check --data-dir " + ShellQuote(SourcePath("")) + " " + example);
  INFO(option.err);
  CHECK(option.exit_code == 0);
  CommandResult environment =
      RunCommand("SDGEN_DATA_DIR=" + ShellQuote(SourcePath("")) + " " + copy + " check " + example);
  CHECK(environment.exit_code == 0);
  CommandResult version = RunCommand("env -u SDGEN_DATA_DIR " + copy + " --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("\ndata: not found: cannot find the shipped templates and styles") !=
        std::string::npos);
  CommandResult wrong =
      RunCommand(copy + " --data-dir " + ShellQuote(folder) + " check " + example);
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err == "sdgen check: --data-dir names '" + folder +
                         "', which holds no templates/ and styles/default/\n");
  fs::remove_all(folder);
}

TEST_CASE("sdgen --version says where the data was found", "[cli][data]") {
  CommandResult version =
      RunCommand("env -u SDGEN_DATA_DIR " + ShellQuote(BinaryPath()) + " --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("\ndata: " + Source() +
                         " (in the source tree, as the build folder's marker says)\n") !=
        std::string::npos);
}
