// A council's style.xml is read in one place and every command honours it; a
// setting sdgen does not know, a number out of range or a locale ICU has no
// data for is an error at its place in the file, never a silent default.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"
#include "text_place.h"

using namespace sdgen::test;

namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

// A council style: the shipped style.xml with `from` replaced by `to`.
struct CouncilStyle {
  std::string folder;
  std::string text;

  CouncilStyle(const std::string& from, const std::string& to) : folder(MakeTemporaryFolder()) {
    text = ReadFile(SourcePath("styles/default/style.xml"));
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(path(), std::ios::binary) << text;
  }
  ~CouncilStyle() { std::filesystem::remove_all(folder); }

  std::string path() const { return folder + "/style.xml"; }
  std::string option() const { return "--style " + ShellQuote(folder); }

  /// "path:line:col" of the first `needle` in the style.
  std::string At(const std::string& needle) const { return PlaceOf(path(), text, needle); }
};

// `templates check` of no council templates with the style: the style's errors only.
CommandResult CheckWith(const CouncilStyle& style) {
  std::string empty = MakeTemporaryFolder();
  CommandResult result = Sdgen("templates check " + style.option() + " " + ShellQuote(empty));
  std::filesystem::remove_all(empty);
  return result;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a misspelt deadline setting is an error with the right name", "[style]") {
  // Today the minutes say "within 24 hours" where the council allows 5 working days.
  CouncilStyle style("<deadlines minutes-hours=\"24\"", "<deadlines minutes-working-day=\"5\"");
  CommandResult result = CheckWith(style);
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, style.At("5\" actions") +
                            ": error: `<deadlines>` has no attribute `minutes-working-day` "
                            "[ST002]\n"));
  CHECK(Has(result.err, "  suggestion: did you mean `minutes-working-days`?\n"));
  std::string out = MakeTemporaryFolder();
  CommandResult build = Sdgen("build " + style.option() + " -o " + ShellQuote(out) + " " +
                              ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(build.exit_code == 1);
  CHECK(std::filesystem::is_empty(out));
  std::filesystem::remove_all(out);
}

TEST_CASE("misspelt colours, page settings and elements are errors", "[style]") {
  CouncilStyle colours("headings=\"1D3D6B\" accent=\"E8EEF6\"",
                       "heading=\"1D3D6B\" accent=\"E8EEF6\"");
  CommandResult result = CheckWith(colours);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err,
            colours.At("1D3D6B") + ": error: `<colours>` has no attribute `heading` [ST002]\n"));
  CHECK(Has(result.err, "  suggestion: did you mean `headings`?\n"));

  CouncilStyle page("<page margin-left", "<page size=\"A5\" margin-left");
  result = CheckWith(page);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, page.At("A5") + ": error: `<page>` has no attribute `size` [ST002]\n"));
  CHECK(Has(result.err,
            "  suggestion: allowed here: margin-left, margin-right, margin-top, "
            "margin-bottom\n"));

  CouncilStyle element("<deadlines ", "<deadline ");
  result = CheckWith(element);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, element.At("deadline ") +
                            ": error: unknown style element `<deadline>` in `<style>` [ST002]\n"));
  CHECK(Has(result.err, "  suggestion: did you mean `deadlines`?\n"));
}

TEST_CASE("numbers in the style must be numbers in a sane range", "[style]") {
  // Today `nine` is read as 0, and any count of days or margin is taken.
  CouncilStyle words("\">9</reading-age>", "\">nine</reading-age>");
  CommandResult result = CheckWith(words);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, words.At("nine") +
                            ": error: reading age `nine` is not a whole number of years from 5 "
                            "to 99 [ST005]\n"));

  CouncilStyle days("conference-working-days=\"15\"", "conference-working-days=\"2147483647\"");
  result = CheckWith(days);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, days.At("2147483647") +
                            ": error: `conference-working-days` must be a whole number from 1 to "
                            "60, not `2147483647` [ST005]\n"));

  CouncilStyle margin("margin-left=\"64\"", "margin-left=\"nan\"");
  result = CheckWith(margin);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, margin.At("nan") +
                            ": error: `margin-left` must be a number of points from 0 to 200, "
                            "not `nan` [ST005]\n"));
}

TEST_CASE("the style's reading age is the target of every command", "[style]") {
  // Needs a reading age of about 19: over the shipped target of 9, under the council's 25.
  std::string folder = MakeTemporaryFolder();
  std::string letter = folder + "/letter.txt";
  std::ofstream(letter) << "The council considered the information provided by the school "
                           "and agreed the arrangements for the investigation.\n";
  CommandResult shipped = Sdgen("lint " + ShellQuote(letter));
  CHECK(Has(shipped.err, "the target is 9.0 [PL010]"));
  CouncilStyle style("<reading-age document=\"family-letter\">9<",
                     "<reading-age document=\"family-letter\">25<");
  CommandResult council = Sdgen("lint " + style.option() + " " + ShellQuote(letter));
  INFO(council.err);
  CHECK_FALSE(Has(council.err, "[PL010]"));
  // An explicit --reading-age still wins.
  CommandResult explicit_age =
      Sdgen("lint " + style.option() + " --reading-age 9 " + ShellQuote(letter));
  CHECK(Has(explicit_age.err, "the target is 9.0 [PL010]"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("check --plain-language scores family text against the style's reading age", "[style]") {
  std::string record =
      ShellQuote(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  CommandResult shipped = Sdgen("check --plain-language " + record);
  REQUIRE(Has(shipped.err, "the target is 9.0 [PL010]"));
  CouncilStyle style("<reading-age document=\"family-letter\">9<",
                     "<reading-age document=\"family-letter\">12<");
  CommandResult council = Sdgen("check --plain-language " + style.option() + " " + record);
  CHECK_FALSE(Has(council.err, "the target is 9.0"));
  CHECK(Has(council.err, "the target is 12.0 [PL010]"));
}

TEST_CASE("a locale or time zone ICU does not know is an error at its place", "[style]") {
  // Today `english` is taken and dates print in US order.
  CouncilStyle english("locale=\"en_GB\"", "locale=\"english\"");
  CommandResult result = CheckWith(english);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, english.At("english") + ": error: unknown locale `english` [ST004]\n"));
  CHECK(Has(result.err,
            "  suggestion: write a language and country ICU has data for, such as "
            "en_GB or cy_GB\n"));

  CouncilStyle made_up("locale=\"en_GB\"", "locale=\"xx_YY\"");
  result = CheckWith(made_up);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, made_up.At("xx_YY") + ": error: unknown locale `xx_YY` [ST004]\n"));

  CouncilStyle typo("locale=\"en_GB\"", "locale=\"cy_GBB\"");
  result = CheckWith(typo);
  CHECK(Has(result.err, typo.At("cy_GBB") + ": error: unknown locale `cy_GBB` [ST004]\n"));
  CHECK(Has(result.err, "  suggestion: did you mean `cy_GB`?\n"));

  CouncilStyle zone("time-zone=\"Europe/London\"", "time-zone=\"Europe/Londn\"");
  result = CheckWith(zone);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err,
            zone.At("Europe/Londn") + ": error: unknown time zone `Europe/Londn` [ST004]\n"));
  CHECK(Has(result.err, "  suggestion: did you mean `Europe/London`?\n"));

  CouncilStyle welsh("locale=\"en_GB\"", "locale=\"cy_GB\"");
  CHECK(CheckWith(welsh).exit_code == 0);
}
