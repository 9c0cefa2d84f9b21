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

TEST_CASE("a logo or picture the writers cannot place is an error at templates check",
          "[style][image]") {
  // An interlaced copy of a shipped picture, and an SVG, beside the style.
  CouncilStyle interlaced("<logo file=\"\" alt=\"\"/>",
                          "<logo file=\"logo.png\" alt=\"Northvale County Council\"/>");
  std::string png = ReadFile(SourcePath("styles/default/pictures/home.png"));
  png[28] = 1;  // the header's interlace method
  std::ofstream(interlaced.folder + "/logo.png", std::ios::binary) << png;
  CommandResult result = CheckWith(interlaced);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err,
             Catch::Contains(interlaced.At("logo.png") +
                             ": error: logo file `logo.png` is an interlaced PNG, which PDFs "
                             "cannot hold as it is: save it again without interlacing [ST008]"));

  CouncilStyle svg("<logo file=\"\" alt=\"\"/>",
                   "<logo file=\"\" alt=\"\"/><picture name=\"crest\" file=\"crest.svg\" "
                   "alt=\"The council's crest\"/>");
  std::ofstream(svg.folder + "/crest.svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  result = CheckWith(svg);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains(svg.At("crest.svg") +
                                         ": error: picture `crest`: file `crest.svg` is an SVG "
                                         "drawing, which sdgen cannot place: save it as PNG "
                                         "[ST008]"));
}

TEST_CASE("a JPEG logo is placed as it is", "[style][image]") {
  CouncilStyle style("<logo file=\"\" alt=\"\"/>",
                     "<logo file=\"logo.jpg\" alt=\"Northvale County Council\"/>");
  std::filesystem::copy_file(SourcePath("fixtures/drawings/meg-house.jpg"),
                             style.folder + "/logo.jpg");
  CHECK(CheckWith(style).exit_code == 0);
  std::string out = MakeTemporaryFolder();
  CommandResult built =
      Sdgen("build " + style.option() + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record-format2.xml")));
  INFO(built.err);
  CHECK(built.exit_code == 0);
  CommandResult images =
      RunCommand("pdfimages -list " + ShellQuote(out + "/SD-2026-0417/minutes.pdf"));
  CHECK_THAT(images.out, Catch::Contains("jpeg"));
  std::filesystem::remove_all(out);
}

// WCAG 2.2 AA (1.4.3): 4.5:1 for text, 3:1 for large text (18 pt, or 14 pt
// bold). 777777 on white is 4.48:1, 767676 is 4.54:1 (but only 3.89:1 on
// the standard accent, so the passing look has a white accent).
TEST_CASE("a text colour too pale on white is an error at its place", "[style][accessibility]") {
  CouncilStyle pale("<colours text=\"1A1A1A\" headings=\"1D3D6B\" accent=\"E8EEF6\"/>",
                    "<colours text=\"777777\" headings=\"1D3D6B\" accent=\"E8EEF6\"/>");
  CommandResult result = CheckWith(pale);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, pale.At("777777") +
                            ": error: look `standard`: text colour `777777` on white has a "
                            "contrast of 4.47:1; body text needs 4.5:1 (WCAG 2.2 AA) [ST009]\n"));
  CHECK(Has(result.err, "  suggestion: darken the text colour, e.g. to `767676` or darker\n"));

  CouncilStyle enough("<colours text=\"1A1A1A\" headings=\"1D3D6B\" accent=\"E8EEF6\"/>",
                      "<colours text=\"767676\" headings=\"1D3D6B\" accent=\"FFFFFF\"/>");
  result = CheckWith(enough);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

// 8A8A8A on white is 3.45:1: enough for the children's headings (18 pt and
// more, bold) but not for the standard look's 12 pt third-level heading.
TEST_CASE("a heading colour is held to 3:1 only when every heading is large",
          "[style][accessibility]") {
  CouncilStyle standard("headings=\"1D3D6B\" accent=\"E8EEF6\"",
                        "headings=\"8A8A8A\" accent=\"E8EEF6\"");
  CommandResult result = CheckWith(standard);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, standard.At("8A8A8A") +
                            ": error: look `standard`: heading colour `8A8A8A` on white has a "
                            "contrast of 3.45:1; bold headings of 12 pt need 4.5:1 (WCAG 2.2 "
                            "AA) [ST009]\n"));

  CouncilStyle children("headings=\"2B5F2B\"", "headings=\"8A8A8A\"");
  result = CheckWith(children);
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CouncilStyle too_pale("headings=\"2B5F2B\"", "headings=\"959595\"");
  result = CheckWith(too_pale);
  CHECK(Has(result.err, too_pale.At("959595") +
                            ": error: look `children`: heading colour `959595` on white has a "
                            "contrast of 2.99:1; bold headings of 18 pt need 3:1 (WCAG 2.2 AA) "
                            "[ST009]\n"));
}

// The accent fills callouts (body text on it) and table header rows (bold
// text in the heading colour on it).
TEST_CASE("text on the accent fill must stand out from it", "[style][accessibility]") {
  CouncilStyle dark("accent=\"EEF3E8\"", "accent=\"707070\"");
  CommandResult result = CheckWith(dark);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, dark.At("707070") +
                            ": error: look `letter`: text colour `1A1A1A` on the accent fill "
                            "`707070` has a contrast of 3.51:1; callout text needs 4.5:1 "
                            "(WCAG 2.2 AA) [ST009]\n"));
  CHECK(Has(result.err, dark.At("707070") +
                            ": error: look `letter`: heading colour `1D3D6B` on the accent fill "
                            "`707070` has a contrast of 2.19:1; table headings of 12 pt bold "
                            "need 4.5:1 (WCAG 2.2 AA) [ST009]\n"));
  CHECK(Has(result.err, "  suggestion: lighten the accent fill or darken the text\n"));
}

// Family letters are read by parents, some with poor sight; words and
// pictures by children learning to read.
TEST_CASE("family and children's looks have large enough body text", "[style][accessibility]") {
  CouncilStyle letter("<sizes body=\"12\" title=\"20\"", "<sizes body=\"11.5\" title=\"20\"");
  CommandResult result = CheckWith(letter);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, letter.At("11.5") +
                            ": error: look `letter`: body text of 11.5 pt is too small: "
                            "documents for families need 12 pt or more [ST010]\n"));

  CouncilStyle children("<sizes body=\"18\" title=\"28\"", "<sizes body=\"13\" title=\"28\"");
  result = CheckWith(children);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, children.At("13\" title") +
                            ": error: look `children`: body text of 13 pt is too small: "
                            "documents for children need 14 pt or more [ST010]\n"));

  CouncilStyle large_enough("<sizes body=\"18\" title=\"28\"", "<sizes body=\"14\" title=\"28\"");
  result = CheckWith(large_enough);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

TEST_CASE("a style picture or logo without alternative text is an error at its line",
          "[style][accessibility]") {
  CouncilStyle picture("file=\"pictures/home.png\" alt=\"A house with a door and two windows\"",
                       "file=\"pictures/home.png\"");
  CommandResult result = CheckWith(picture);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, picture.At("picture name=\"home\"") +
                            ": error: picture `home` has no `alt`: a screen reader would say "
                            "nothing of it [ST011]\n"));

  CouncilStyle logo("<logo file=\"\" alt=\"\"/>", "<logo file=\"logo.jpg\"/>");
  std::filesystem::copy_file(SourcePath("fixtures/drawings/meg-house.jpg"),
                             logo.folder + "/logo.jpg");
  result = CheckWith(logo);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.err, logo.At("logo file=\"logo.jpg\"") +
                            ": error: the logo has no `alt`: a screen reader would say nothing "
                            "of it [ST011]\n"));
}
