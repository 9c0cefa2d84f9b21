// The letter's address block, as the envelope shows it: one block of short
// lines, in the window of a DL envelope on the PDF's first page, in a frame
// at the same place in Word, and with its line breaks kept in every format.

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen::test {
namespace {

// A DL window on an A4 sheet folded in three: 50 mm from the top, 20 mm from
// the left, 90 mm wide and 35 mm high (in points).
constexpr double kWindowTop = 141.7;
constexpr double kWindowBottom = kWindowTop + 99.2;
constexpr double kWindowLeft = 56.7;
constexpr double kWindowRight = kWindowLeft + 255.1;

// The letter to Kerry (p1) of the fixture whose parents live at two addresses.
std::string BuildLetter(const std::string& out) {
  CommandResult built = RunCommand(
      ShellQuote(BinaryPath()) + " build -o " + ShellQuote(out) + " " +
      ShellQuote(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml")));
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  for (const auto& entry : std::filesystem::directory_iterator(out + "/SD-2026-0208")) {
    std::string name = entry.path().filename().string();
    if (name.rfind("family-letter-p1", 0) == 0 && entry.path().extension() == ".pdf")
      return (entry.path().parent_path() / entry.path().stem()).string();
  }
  FAIL("no letter to p1 in " << out);
  return "";
}

struct WordBox {
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
};

// Where pdftotext finds `word` on the first page.
WordBox FindWord(const std::string& pdf, const std::string& word) {
  CommandResult boxes =
      RunCommand("pdftotext -f 1 -l 1 -bbox " + ShellQuote(pdf) + " -");
  std::regex line("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                   "yMax=\"([0-9.]+)\">" + word + "</word>");
  std::smatch found;
  REQUIRE(std::regex_search(boxes.out, found, line));
  return {std::stod(found[1]), std::stod(found[2]), std::stod(found[3]), std::stod(found[4])};
}

}  // namespace

TEST_CASE("the letter's address shows in a DL envelope's window", "[cli][letter][address]") {
  std::string out = MakeTemporaryFolder();
  std::string letter = BuildLetter(out);

  WordBox name = FindWord(letter + ".pdf", "Kerry");
  WordBox postcode = FindWord(letter + ".pdf", "2QT");
  CHECK(name.y_min >= kWindowTop);
  CHECK(postcode.y_max <= kWindowBottom);
  CHECK(name.x_min >= kWindowLeft);
  CHECK(postcode.x_max <= kWindowRight);
  // The letter itself begins below the address.
  CHECK(FindWord(letter + ".pdf", "Dear").y_min > postcode.y_max);

  // Word: one paragraph in a frame at the window, its lines joined by breaks.
  CommandResult paragraphs = RunCommand(
      "/usr/bin/python3 -c " +
      ShellQuote("import docx,sys\n"
                 "d = docx.Document(sys.argv[1])\n"
                 "p = [p for p in d.paragraphs if p.style.name == 'Address'][0]\n"
                 "frame = p._p.pPr.find('{http://schemas.openxmlformats.org/"
                 "wordprocessingml/2006/main}framePr')\n"
                 "print(repr(p.text))\n"
                 "print(frame.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/"
                 "main}y'))\n") +
      " " + ShellQuote(letter + ".docx"));
  INFO(paragraphs.err);
  CHECK(paragraphs.out ==
        "'Kerry Thornbury\\nFlat 3, Linden Court\\n14 Weaver Street\\nAshcombe\\nNV4 2QT'\n"
        "2834\n");

  CHECK_THAT(ReadFile(letter + ".txt"), Catch::Contains(
                        "Kerry Thornbury\nFlat 3, Linden Court\n14 Weaver Street\nAshcombe\nNV4 2QT\n"));
  std::filesystem::remove_all(out);
}

}  // namespace sdgen::test
