// Command transcripts for `sdgen build` and `sdgen templates check`: the real
// binary, its output files, what it prints and how it exits.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "command_run.h"
#include "png_metadata.h"
#include "style/file_overlay.h"
#include "test_paths.h"

namespace sdgen::test {
namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

bool Exists(const std::string& path) { return std::filesystem::is_regular_file(path); }

// The shared format-2 example with `from` replaced by `to`, as record.xml in a new folder.
std::string EditedExample(const std::string& from, const std::string& to) {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  size_t at = xml.find(from);
  REQUIRE(at != std::string::npos);
  xml.replace(at, from.size(), to);
  std::string folder = MakeTemporaryFolder();
  std::ofstream(folder + "/record.xml") << xml;
  return folder;
}

}  // namespace

TEST_CASE("sdgen build writes every document of every record", "[cli][build]") {
  std::string out = MakeTemporaryFolder();
  CommandResult result = Sdgen(
      "build -o " + ShellQuote(out) + " " +
      ShellQuote(SharedPath("spec/example-record-format2.xml")) + " " +
      ShellQuote(SourcePath("fixtures/s17-preschool-phone-family-addresses.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  for (const char* name : {"decision-sheet", "minutes", "danger-statement-safety-goal",
                           "words-and-pictures-c1-kai-morgan-price",
                           "family-letter-p1-sian-morgan"}) {
    INFO(name);
    CHECK(Exists(out + "/SD-2026-0417/" + name + ".txt"));
  }
  // A letter only for whom a family information reaches: not the alleged
  // father, and the build says so; a story only for the child it is for.
  CHECK_FALSE(Exists(out + "/SD-2026-0417/family-letter-p2-daniel-price.txt"));
  CHECK_FALSE(Exists(out + "/SD-2026-0417/words-and-pictures-c2-ffion-morgan-price.txt"));
  CHECK_THAT(result.err, Catch::Contains("note: no letter for p2: no family information reaches "
                                         "them [OUT004]"));
  // Each parent is told separately: the mother and the father living elsewhere.
  CHECK(Exists(out + "/SD-2026-0208/family-letter-p1-kerry-thornbury.txt"));
  CHECK(Exists(out + "/SD-2026-0208/family-letter-p2-jason-mills.txt"));
  CHECK_FALSE(Exists(out + "/SD-2026-0208/family-letter-p3-pauline-thornbury.txt"));
  std::optional<std::string> golden =
      ReadWholeFile(SourcePath("tests/golden/text/example-record-format2/minutes.txt"));
  REQUIRE(golden);
  CHECK(ReadWholeFile(out + "/SD-2026-0417/minutes.txt") == golden);
  std::filesystem::remove_all(out);
}

TEST_CASE("a parent under 18 with parental responsibility gets no letter and the build says "
          "why", "[cli][build][readers]") {
  std::string folder = EditedExample(
      "alleged=\"yes\" works-with-children=\"no\" called=\"Dad\"><name>Daniel Price</name>",
      "alleged=\"yes\" works-with-children=\"no\" called=\"Dad\"><name>Daniel "
      "Price</name><born>2009-01-05</born>");
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(folder + "/record.xml"));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("note: no letter for p2: they were under 18 at the "
                                         "meeting [OUT004]"));
  std::filesystem::remove_all(out);
  std::filesystem::remove_all(folder);
}

TEST_CASE("a build removes a family document it no longer writes", "[cli][build][readers]") {
  std::string out = MakeTemporaryFolder();
  std::string folder = out + "/SD-2026-0417";
  std::filesystem::create_directories(folder);
  // Left by an earlier build: a letter to the alleged father, a story for everyone.
  std::ofstream(folder + "/family-letter-p2.pdf") << "stale";
  std::ofstream(folder + "/words-and-pictures.txt") << "stale";
  std::ofstream(folder + "/notes-of-my-own.txt") << "mine";
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record-format2.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_FALSE(Exists(folder + "/family-letter-p2.pdf"));
  CHECK_FALSE(Exists(folder + "/words-and-pictures.txt"));
  CHECK(Exists(folder + "/notes-of-my-own.txt"));
  CHECK(Exists(folder + "/family-letter-p1-sian-morgan.pdf"));
  CHECK_THAT(result.err, Catch::Contains("family-letter-p2.pdf, which this build does not write "
                                         "[OUT006]"));
  std::filesystem::remove_all(out);
}

TEST_CASE("a family document that would name a hidden person is withheld, not written",
          "[cli][build][readers]") {
  std::string xml = ReadWholeFile(SharedPath("spec/example-record-format2.xml")).value_or("");
  const std::string told = "Tom will explain why we are worried";
  size_t at = xml.find(told);
  REQUIRE(at != std::string::npos);
  xml.insert(at, "Łucja Nowak knows about this visit. ");
  std::string folder = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(folder + "/record.xml") << xml;
  std::filesystem::create_directories(out + "/SD-2026-0417");
  std::ofstream(out + "/SD-2026-0417/family-letter-p1-sian-morgan.pdf") << "stale";
  CommandResult result = Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(folder + "/record.xml"));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("family-letter-p1-sian-morgan is withheld and not written: the letter "
                                         "to Siân Morgan would name Łucja Nowak"));
  for (const char* extension : {".pdf", ".docx", ".flat.xml", ".txt"})
    CHECK_FALSE(Exists(out + "/SD-2026-0417/family-letter-p1-sian-morgan" + extension));
  // Not written at all, so the plain-language gate has nothing to say about it.
  CHECK_THAT(result.err, !Catch::Contains("SD-2026-0417/family-letter-p1-sian-morgan:"));
  // The other documents of the record still build; Kai's story names no one hidden.
  CHECK(Exists(out + "/SD-2026-0417/minutes.pdf"));
  CHECK(Exists(out + "/SD-2026-0417/words-and-pictures-c1-kai-morgan-price.pdf"));
  std::filesystem::remove_all(folder);
  std::filesystem::remove_all(out);
}

TEST_CASE("the gate builds a family document with jargon as a DRAFT and points at the word",
          "[cli][build][gate]") {
  // Line 100 of the example: Siân's family information.
  std::string folder = EditedExample("Tom will explain why we are worried",
                                     "Tom and the LADO will explain why we are worried");
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(folder + "/record.xml"));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err,
             Catch::Contains("record.xml:100:204: error: SD-2026-0417/family-letter-p1-sian-morgan: 'LADO' is "
                             "jargon; say 'the person at the council who looks into concerns "
                             "about adults who work with children' (PL001) [SD027]"));
  CHECK_THAT(result.err, Catch::Contains("note: family-letter-p1-sian-morgan is built as a DRAFT: it fails "
                                         "its plain-language check [SD027] [OUT008]"));
  // Still written, and marked in every format; the professional documents are not drafts.
  std::optional<std::string> letter = ReadWholeFile(out + "/SD-2026-0417/family-letter-p1-sian-morgan.txt");
  REQUIRE(letter);
  CHECK_THAT(*letter, Catch::Contains("DRAFT"));
  for (const char* extension : {".pdf", ".docx"})
    CHECK(Exists(out + "/SD-2026-0417/family-letter-p1-sian-morgan" + extension));
  CHECK_THAT(ReadWholeFile(out + "/SD-2026-0417/minutes.txt").value_or(""),
             !Catch::Contains("DRAFT"));
  std::filesystem::remove_all(folder);
  std::filesystem::remove_all(out);
}

TEST_CASE("the gate accepts a must-learn term the letter explains", "[cli][build][gate]") {
  std::string out = MakeTemporaryFolder();
  std::string explained = EditedExample(
      "Kai will also see a children's doctor today.",
      "Kai will also see a children's doctor today. We will start a section 47 enquiry (this "
      "means we find out what happened to Kai).");
  CommandResult result =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(explained + "/record.xml"));
  CHECK_THAT(result.err, !Catch::Contains("family-letter-p1-sian-morgan: 'section 47 enquiry'"));
  CHECK_THAT(result.err, !Catch::Contains("family-letter-p1-sian-morgan is built as a DRAFT"));
  // The letter's glossary explains it too, so a bare mention is no error either...
  std::string bare = EditedExample("Kai will also see a children's doctor today.",
                                   "Kai will also see a children's doctor today. We will start a "
                                   "section 47 enquiry.");
  CommandResult glossary =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(bare + "/record.xml"));
  CHECK_THAT(glossary.err, !Catch::Contains("family-letter-p1-sian-morgan: 'section 47 enquiry'"));
  CHECK_THAT(ReadWholeFile(out + "/SD-2026-0417/family-letter-p1-sian-morgan.txt").value_or(""),
             Catch::Contains("section 47 enquiry: A section 47 enquiry is when"));
  // ...but the acronym is not a term families must learn, glossary or not.
  std::string acronym = EditedExample("Kai will also see a children's doctor today.",
                                      "Kai will also see a children's doctor today. We will "
                                      "start an S47.");
  CommandResult failing =
      Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(acronym + "/record.xml"));
  CHECK(failing.exit_code == 1);
  CHECK_THAT(failing.err, Catch::Contains("record.xml:100:348: error: SD-2026-0417/"
                                          "family-letter-p1-sian-morgan: 'S47' is jargon"));
  CHECK_THAT(failing.err, Catch::Contains("family-letter-p1-sian-morgan is built as a DRAFT"));
  for (const std::string& folder : {out, explained, bare, acronym})
    std::filesystem::remove_all(folder);
}

TEST_CASE("the gate points at the template line when the words are the template's",
          "[cli][build][gate]") {
  std::string council = MakeTemporaryFolder();
  std::optional<std::string> shipped = ReadWholeFile(SourcePath("templates/family-letter.xml"));
  REQUIRE(shipped);
  std::string letter = *shipped;
  size_t body = letter.find("<heading>");
  REQUIRE(body != std::string::npos);
  letter.insert(body, "<p>The MASH looked at this first.</p>\n  ");
  std::ofstream(council + "/family-letter.xml") << letter;
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record-format2.xml")));
  CHECK(result.exit_code == 1);
  // The line and column of "MASH" in the council's template.
  size_t line_start = letter.rfind('\n', letter.find("The MASH")) + 1;
  int line = 1 + static_cast<int>(std::count(letter.begin(),
                                             letter.begin() + static_cast<long>(line_start), '\n'));
  int column = 1 + static_cast<int>(letter.find("MASH looked") - line_start);
  CHECK_THAT(result.err, Catch::Contains("family-letter.xml:" + std::to_string(line) + ":" +
                                         std::to_string(column) +
                                         ": error: SD-2026-0417/family-letter-p1-sian-morgan: 'MASH' is "
                                         "jargon"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("the gate scores a story's reading age against the style's target, as an error",
          "[cli][build][gate]") {
  std::string council = MakeTemporaryFolder();
  std::ofstream(council + "/words-and-pictures.xml")
      << "<template document=\"words-and-pictures\" audience=\"family\" once-per=\"child\"\n"
         "          look=\"children\" title=\"Our words and pictures\">\n"
         "  <p>This story is for {{ child.called }}.</p>\n"
         "  <p>Unfortunately, considerable organisational responsibilities necessitated "
         "additional consideration regarding appropriate arrangements.</p>\n"
         "</template>\n";
  std::string out = MakeTemporaryFolder();
  CommandResult result =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record-format2.xml")));
  CHECK(result.exit_code == 1);
  // At the template, since the figure is the whole document's.
  CHECK_THAT(result.err, Catch::Contains("words-and-pictures.xml:1:1: error: SD-2026-0417/"
                                         "words-and-pictures-c1-kai-morgan-price: the document needs a reading "
                                         "age of "));
  CHECK_THAT(result.err, Catch::Contains("the target is 8.0 (PL010) [SD027]"));
  CHECK_THAT(ReadWholeFile(out + "/SD-2026-0417/words-and-pictures-c1-kai-morgan-price.txt").value_or(""),
             Catch::Contains("DRAFT"));
  // A letter over its target gets a warning only.
  CHECK_THAT(result.err, !Catch::Contains("error: SD-2026-0417/family-letter-p1-sian-morgan: the document "
                                          "needs a reading age"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen build uses a council's templates over the defaults", "[cli][build]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(council + "/minutes.xml")
      << "<template document=\"minutes\" audience=\"professionals\" title=\"Our minutes\">\n"
         "<p>Council minutes for {{ record-id }}</p>\n</template>\n";
  CommandResult result =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record.xml")));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(ReadWholeFile(out + "/SD-2026-0417/minutes.txt").value_or(""),
             Catch::Contains("Council minutes for SD-2026-0417"));
  CHECK(Exists(out + "/SD-2026-0417/decision-sheet.txt"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("a style with a type size a PDF cannot set is refused", "[cli][build]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::string style = ReadWholeFile(SourcePath("styles/default/style.xml")).value_or("");
  size_t body = style.find("body=\"11\"");
  REQUIRE(body != std::string::npos);
  style.replace(body, 9, "body=\"0\"");
  std::ofstream(council + "/style.xml") << style;
  CommandResult result = Sdgen("build --style " + ShellQuote(council) + " -o " + ShellQuote(out) +
                               " " + ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(result.exit_code != 0);
  CHECK_THAT(result.err, Catch::Contains("`body` size '0' is not a type size in points from 1 to "
                                         "300 [ST006]"));
  CHECK_FALSE(Exists(out + "/SD-2026-0417/minutes.pdf"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen templates check reports every error with its place", "[cli][templates]") {
  std::string council = MakeTemporaryFolder();
  std::ofstream(council + "/family-letter.xml")
      << "<template document=\"family-letter\" audience=\"family\" once-per=\"parent\" "
         "title=\"T\">\n"
         "<p>{{ meeting.reason }}</p>\n"
         "<p>{{ parnet.name }}</p>\n</template>\n";
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("family-letter.xml:2:7: error: `meeting.reason` may be "
                                         "hidden from a family audience"));
  CHECK_THAT(result.err, Catch::Contains("family-letter.xml:3:7: error: unknown field `parnet`"));
  CHECK_THAT(result.err, Catch::Contains("2 errors and "));
  std::string out = MakeTemporaryFolder();
  CommandResult build =
      Sdgen("build --templates " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SharedPath("spec/example-record.xml")));
  CHECK(build.exit_code == 1);
  CHECK(std::filesystem::is_empty(out));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("sdgen templates check passes the shipped templates", "[cli][templates]") {
  std::string empty = MakeTemporaryFolder();
  CommandResult result = Sdgen("templates check " + ShellQuote(empty));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "compiled 6 templates\n");
  // The shipped templates pass their own plain-language check: no warnings.
  CHECK(result.err.find("warning") == std::string::npos);
  // The professional templates and the partials check clean; the family
  // letter and the words and pictures are being rewritten elsewhere.
  for (const char* name : {"decision-sheet.xml", "minutes.xml", "minutes-restricted.xml",
                           "danger-statement-safety-goal.xml", "partials/"}) {
    INFO(name);
    CHECK_THAT(result.err, !Catch::Contains(std::string("templates/") + name));
  }
  std::filesystem::remove_all(empty);
}


// The default style's picture rules, replaced by `rules` in a council's style.xml.
std::string StyleWithPictureRules(const std::string& rules) {
  std::string style = ReadWholeFile(SourcePath("styles/default/style.xml")).value_or("");
  size_t first = style.find("  <picture-rule ");
  size_t last = style.rfind("<picture-rule ");
  REQUIRE(first != std::string::npos);
  size_t end = style.find('\n', last) + 1;
  style.replace(first, end - first, rules);
  return style;
}

TEST_CASE("a council's picture rules choose the story's pictures", "[cli][build][story]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(council + "/style.xml")
      << StyleWithPictureRules("  <picture-rule picture=\"police\" words=\"chat\"/>\n");
  std::string record =
      SourcePath("fixtures/police-investigation-online-contact-polish-family-virtual.xml");
  CommandResult result = Sdgen("build --style " + ShellQuote(council) + " -o " +
                               ShellQuote(out) + " " + ShellQuote(record));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  std::string story = ReadWholeFile(out + "/SD-2026-0915/words-and-pictures-c1-zofia-sliwinska.txt").value_or("");
  CHECK_THAT(story, Catch::Contains("What happened?\n==============\n\n[picture: A police "
                                    "officer's hat]"));
  CHECK_THAT(story, Catch::Contains("[picture: A grey cloud with a worried face]"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

TEST_CASE("a picture rule must name a picture of the style", "[cli][build][story]") {
  std::string council = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  std::ofstream(council + "/style.xml")
      << StyleWithPictureRules("  <picture-rule picture=\"rocket\" words=\"space\"/>\n");
  CommandResult result =
      Sdgen("build --style " + ShellQuote(council) + " -o " + ShellQuote(out) + " " +
            ShellQuote(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml")));
  CHECK(result.exit_code != 0);
  CHECK_THAT(result.err,
             Catch::Contains("error: picture rule names no picture of the style: `rocket` [ST003]"));
  std::filesystem::remove_all(council);
  std::filesystem::remove_all(out);
}

// A child's drawing, with a tEXt and an eXIf chunk naming someone, goes into
// the story's PDF and DOCX; the metadata goes nowhere.
TEST_CASE("a child's drawing reaches the story without its metadata", "[cli][build][story]") {
  std::string folder = MakeTemporaryFolder();
  std::string out = MakeTemporaryFolder();
  const std::string marker = "SECRET-CAMERA-OWNER-Gary";
  std::string png = ReadWholeFile(SourcePath("styles/default/pictures/home.png")).value_or("");
  REQUIRE(!png.empty());
  std::ofstream(folder + "/leo.png", std::ios::binary) << WithMetadata(png, marker);
  std::string xml =
      ReadWholeFile(SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"))
          .value_or("");
  const std::string anchor = "</what-happens-next>";
  xml.insert(xml.find(anchor) + anchor.size(),
             "<drawing image=\"leo.png\" alt=\"Leo's drawing of his house\"/>");
  std::ofstream(folder + "/record.xml", std::ios::binary) << xml;
  CommandResult result = Sdgen("build -o " + ShellQuote(out) + " " + ShellQuote(folder + "/record.xml"));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  std::string story = out + "/SD-2026-0609/words-and-pictures-c1-leo-marsh";
  CHECK_THAT(ReadWholeFile(story + ".txt").value_or(""),
             Catch::Contains("Your drawing\n============\n\n[picture: Leo's drawing of his house]"));
  CommandResult pdf = RunCommand("qpdf --qdf --object-streams=disable " + ShellQuote(story + ".pdf") +
                                 " - | grep -c " + ShellQuote(marker));
  CHECK(pdf.out == "0\n");
  CommandResult images = RunCommand("pdfimages -list " + ShellQuote(story + ".pdf") + " | grep -c image");
  CHECK(std::atoi(images.out.c_str()) >= 8);
  CommandResult docx = RunCommand("unzip -p " + ShellQuote(story + ".docx") + " | grep -c " +
                                  ShellQuote(marker));
  CHECK(docx.out == "0\n");
  CommandResult placed = RunCommand("unzip -p " + ShellQuote(story + ".docx") +
                                    " word/document.xml | grep -c 'drawing of his house'");
  CHECK(placed.out == "1\n");
  std::filesystem::remove_all(folder);
  std::filesystem::remove_all(out);
}

}  // namespace sdgen::test
