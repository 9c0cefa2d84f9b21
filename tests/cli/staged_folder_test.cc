// A record's files become visible together: a build killed at any moment
// leaves the record's folder as the old build left it or as the new build
// makes it, never a mix, and the next build clears what it left.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {
namespace fs = std::filesystem;

namespace {

using FolderContents = std::map<std::string, std::string>;  // file name -> bytes

FolderContents Contents(const fs::path& folder) {
  FolderContents contents;
  for (const auto& entry : fs::directory_iterator(folder))
    contents[entry.path().filename().string()] = ReadFile(entry.path().string());
  return contents;
}

std::string Build(const std::string& record, const std::string& out) {
  return ShellQuote(BinaryPath()) + " build -q --jobs 1 -o " + ShellQuote(out) + " " +
         ShellQuote(record);
}

}  // namespace

TEST_CASE("a build killed at any moment leaves the old set of files or the new",
          "[cli][staged]") {
  // Two versions of one record: the new one says something else in every document.
  std::string folder = MakeTemporaryFolder();
  std::string xml = ReadFile(SharedPath("spec/example-record-format2.xml"));
  std::string old_record = folder + "/old.xml", new_record = folder + "/new.xml";
  std::ofstream(old_record) << xml;
  size_t at = xml.find("Kai told his teacher");
  REQUIRE(at != std::string::npos);
  xml.insert(at, "On Monday, ");
  std::ofstream(new_record) << xml;

  // The old set, and the new set as a build over the old one makes it (the
  // signed sheet of the old record stays beside the new one's).
  std::string reference = MakeTemporaryFolder();
  REQUIRE(RunCommand(Build(old_record, reference + "/old")).exit_code == 0);
  REQUIRE(RunCommand(Build(old_record, reference + "/new")).exit_code == 0);
  REQUIRE(RunCommand(Build(new_record, reference + "/new")).exit_code == 0);
  FolderContents old_set = Contents(reference + "/old/SD-2026-0417");
  FolderContents new_set = Contents(reference + "/new/SD-2026-0417");
  old_set.erase(".sdgen-outputs");  // it names the record file, which differs
  new_set.erase(".sdgen-outputs");
  REQUIRE(old_set != new_set);

  std::string out;
  int killed = 0;
  for (int delay_ms = 10; delay_ms <= 400; delay_ms += 15) {
    INFO("killed after " << delay_ms << " ms");
    out = MakeTemporaryFolder();
    REQUIRE(RunCommand(Build(old_record, out)).exit_code == 0);
    CommandResult run = RunCommand("timeout -s KILL " + std::to_string(delay_ms / 1000.0) + " " +
                                   Build(new_record, out));
    killed += run.exit_code != 0;
    FolderContents now = Contents(out + "/SD-2026-0417");
    now.erase(".sdgen-outputs");
    CHECK((now == old_set || now == new_set));
    // The next build clears what the killed one left beside the folder.
    REQUIRE(RunCommand(Build(new_record, out)).exit_code == 0);
    for (const auto& entry : fs::directory_iterator(out))
      CHECK(entry.path().filename().string().rfind(".SD-2026-0417", 0) != 0);
    fs::remove_all(out);
  }
  CHECK(killed > 0);
  fs::remove_all(folder);
  fs::remove_all(reference);
}

TEST_CASE("a record folder a killed build left renamed aside is put back", "[cli][staged]") {
  std::string out = MakeTemporaryFolder();
  std::string record = SharedPath("spec/example-record-format2.xml");
  REQUIRE(RunCommand(Build(record, out)).exit_code == 0);
  std::ofstream(out + "/SD-2026-0417/my-notes.txt") << "a user's own file";
  // As a kill between the two renames of a file system without exchange leaves it.
  fs::rename(out + "/SD-2026-0417", out + "/.SD-2026-0417.old");
  fs::create_directory(out + "/.SD-2026-0417.staging");
  REQUIRE(RunCommand(Build(record, out)).exit_code == 0);
  CHECK(fs::is_regular_file(out + "/SD-2026-0417/my-notes.txt"));
  CHECK_FALSE(fs::exists(out + "/.SD-2026-0417.old"));
  CHECK_FALSE(fs::exists(out + "/.SD-2026-0417.staging"));
  fs::remove_all(out);
}

}  // namespace sdgen::test
