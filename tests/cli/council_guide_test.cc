// docs/council-guide.md, walked as a council's business-support officer
// would: templates init, the edits the guide shows (taken from the guide's
// own examples, so guide and files cannot drift apart), check, build.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

// Runs sdgen in `folder`, as the guide's commands are run.
CommandResult SdgenIn(const std::string& folder, const std::string& arguments) {
  return RunCommand("cd " + ShellQuote(folder) + " && " + ShellQuote(BinaryPath()) + " " +
                    arguments);
}

// The guide's fenced example that holds `part`, without its fences.
std::string GuideExample(const std::string& part) {
  std::string guide = ReadFile(SourcePath("docs/council-guide.md"));
  size_t at = guide.find(part);
  REQUIRE(at != std::string::npos);
  size_t open = guide.rfind("```", at);
  size_t begin = guide.find('\n', open) + 1;
  size_t end = guide.find("```", at);
  REQUIRE(open != std::string::npos);
  REQUIRE(end != std::string::npos);
  return guide.substr(begin, end - begin);
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("templates init makes a starter folder and never overwrites one") {
  std::string here = MakeTemporaryFolder();
  CommandResult init = SdgenIn(here, "templates init northvale");
  CHECK(init.exit_code == 0);
  CHECK(init.err.empty());
  CHECK_THAT(init.out, Catch::StartsWith("wrote 22 files to northvale/templates and 50 to "
                                         "northvale/style\n"));
  std::string letter = ReadFile(here + "/northvale/templates/family-letter.xml");
  CHECK_THAT(letter, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n"
                                       "  Copied by `sdgen templates init` from sdgen's shipped "
                                       "templates, for your\n  council to change. How: "
                                       "docs/council-guide.md; every detail:\n"
                                       "  docs/templates.md."));
  CHECK_THAT(ReadFile(here + "/northvale/style/dictionary.xml"),
             Catch::Contains("docs/plain-language.md"));
  CHECK_THAT(ReadFile(here + "/northvale/templates/plain-language-accept.txt"),
             Catch::StartsWith("# Copied by `sdgen templates init`"));
  CHECK(ReadFile(here + "/northvale/style/pictures/home.png") ==
        ReadFile(SourcePath("styles/default/pictures/home.png")));

  CommandResult again = SdgenIn(here, "templates init northvale");
  CHECK(again.exit_code == 1);
  CHECK(again.err ==
        "sdgen templates init: 'northvale' exists and is not empty; nothing is "
        "overwritten: give a new or empty folder\n");
  CHECK(ReadFile(here + "/northvale/templates/family-letter.xml") == letter);
  CHECK(SdgenIn(here, "templates init").exit_code == 2);
  fs::remove_all(here);
}

TEST_CASE("the council guide, walked: init, edit a letter and a contact, check, build") {
  std::string here = MakeTemporaryFolder();
  REQUIRE(SdgenIn(here, "templates init northvale").exit_code == 0);
  const std::string check = "templates check northvale/templates --style northvale/style";
  CommandResult fresh = SdgenIn(here, check);
  INFO(fresh.err);
  CHECK(fresh.exit_code == 0);
  CHECK(fresh.out == "compiled 6 templates\n");

  // Section 2: a mistake is found, with its place and a suggestion.
  std::string letter_path = here + "/northvale/templates/family-letter.xml";
  std::string letter = ReadFile(letter_path);
  WriteFile(letter_path, Replaced(letter, "{{ children | called", "{{ chidren | called"));
  CommandResult mistake = SdgenIn(here, check);
  CHECK(mistake.exit_code == 1);
  CHECK_THAT(mistake.err, Catch::Contains("northvale/templates/family-letter.xml:"));
  CHECK_THAT(mistake.err, Catch::Contains(": error: unknown field `chidren` [TP010]\n"));
  CHECK_THAT(mistake.err, Catch::Contains("  suggestion: did you mean `children`?\n"));
  CHECK_THAT(SdgenIn(here, "explain TP010").out, Catch::StartsWith("TP010 (error): "));

  // Section 3: the new sentence, straight after the heading the guide names.
  std::string heading = GuideExample("<heading>What we want you to know</heading>");
  std::string sentence = GuideExample("You can ask us for a copy");
  WriteFile(letter_path, Replaced(letter, heading, heading + sentence));
  // Section 4: the out-of-hours contact, in place of the comment the guide shows.
  std::string style_path = here + "/northvale/style/style.xml";
  WriteFile(style_path,
            Replaced(ReadFile(style_path), GuideExample("name=\"our out-of-hours team\""),
                     GuideExample("name=\"Northvale's social workers")));
  CommandResult checked = SdgenIn(here, check);
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  CHECK(checked.out == "compiled 6 templates\n");

  CommandResult built = SdgenIn(
      here, "build --templates northvale/templates --style northvale/style -o out " +
                ShellQuote(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml")));
  INFO(built.err);
  CHECK(built.exit_code == 0);
  CHECK_THAT(built.err, Catch::EndsWith("1 record: 1 written, 0 drafts, 0 not written\n"));
  std::string text = ReadFile(here + "/out/SD-2026-0609/family-letter-p1-danielle-marsh.txt");
  CHECK_THAT(text, Catch::Contains("What we want you to know"));
  CHECK_THAT(text, Catch::Contains("You can ask us for a copy of anything we write about your "
                                   "family."));
  CHECK_THAT(text, Catch::Contains("If you need us at night or at the weekend, contact "
                                   "Northvale's social workers"));
  CHECK(fs::is_regular_file(here + "/out/SD-2026-0609/family-letter-p1-danielle-marsh.pdf"));
  fs::remove_all(here);
}
