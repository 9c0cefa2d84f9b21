// `sdgen verify` makes the decision sheet again from the record and compares
// it with the file: a sheet edited in any way, cut short, given in another
// format, or any file that merely carries the verification code does not
// match; a DRAFT says so; and nothing is written.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

const std::string kExample = SharedPath("spec/example-record.xml");

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The example record's documents, built once for the whole file.
const std::string& ExampleFolder() {
  static const std::string folder = [] {
    std::string out = MakeTemporaryFolder();
    CommandResult built = RunCommand(ShellQuote(BinaryPath()) + " build " + ShellQuote(kExample) +
                                     " -o " + ShellQuote(out));
    REQUIRE(built.exit_code == 0);
    return out + "/SD-2026-0417";
  }();
  return folder;
}

CommandResult Verify(const std::string& record, const std::string& sheet) {
  return RunCommand(ShellQuote(BinaryPath()) + " verify " + ShellQuote(record) + " " +
                    ShellQuote(sheet));
}

// `bytes` saved as a file called `name` in a fresh folder.
std::string Saved(const std::string& name, const std::string& bytes) {
  std::string path = MakeTemporaryFolder() + "/" + name;
  WriteFile(path, bytes);
  return path;
}

void CheckDoesNotMatch(const std::string& sheet, const std::string& why) {
  CommandResult result = Verify(kExample, sheet);
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK(Has(result.out, sheet + " does NOT match " + kExample + ": " + why));
  CHECK_FALSE(Has(result.out, " matches "));
}

// Repacks a .docx with Python's zipfile, replacing `old` by `replacement` in `part`.
std::string Repacked(const std::string& docx, const std::string& part, const std::string& old,
                     const std::string& replacement) {
  std::string out = MakeTemporaryFolder() + "/repacked.docx";
  std::string script =
      "import sys, zipfile\n"
      "src, dst, part, old, new = sys.argv[1:]\n"
      "with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, 'w', zipfile.ZIP_STORED) as b:\n"
      "    for name in reversed(a.namelist()):\n"
      "        data = a.read(name)\n"
      "        if name == part: data = data.replace(old.encode(), new.encode())\n"
      "        b.writestr(name, data)\n";
  CommandResult result = RunCommand(
      "/usr/bin/python3 -c " + ShellQuote(script) + " " + ShellQuote(docx) + " " + ShellQuote(out) +
      " " + ShellQuote(part) + " " + ShellQuote(old) + " " + ShellQuote(replacement));
  REQUIRE(result.exit_code == 0);
  return out;
}

}  // namespace

TEST_CASE("the sheet a record makes matches it in every format, and verify says what it left out",
          "[verify]") {
  const std::string& folder = ExampleFolder();
  CommandResult pdf = Verify(kExample, folder + "/decision-sheet.pdf");
  INFO(pdf.out << pdf.err);
  CHECK(pdf.exit_code == 0);
  CHECK(Has(pdf.out, folder + "/decision-sheet.pdf matches " + kExample +
                         ": it is the decision-sheet the record makes (verification code "));
  CHECK(Has(pdf.out, "has no digital signature"));
  CHECK_FALSE(Has(pdf.out, "DRAFT"));

  CommandResult flat = Verify(kExample, folder + "/decision-sheet.flat.xml");
  CHECK(flat.exit_code == 0);
  CHECK(Has(flat.out, "not checked: a digital signature, which only the PDF carries"));

  CommandResult docx = Verify(kExample, folder + "/decision-sheet.docx");
  CHECK(docx.exit_code == 0);
  CHECK(Has(docx.out, "not checked: the zip container"));
  // Another zip of the same parts is the same document.
  CHECK(Verify(kExample, Repacked(folder + "/decision-sheet.docx", "", "", "")).exit_code == 0);
}

TEST_CASE("a sheet whose content was edited does not match", "[verify]") {
  const std::string& folder = ExampleFolder();
  std::string flat = ReadFile(folder + "/decision-sheet.flat.xml");
  REQUIRE(Has(flat, "Priya Shah"));
  std::string edited = std::regex_replace(flat, std::regex("Priya Shah"), "Priya Shaw");
  CheckDoesNotMatch(Saved("decision-sheet.flat.xml", edited),
                    "it differs from the sheet the record makes from byte ");

  CheckDoesNotMatch(
      Repacked(folder + "/decision-sheet.docx", "word/document.xml", "Priya Shah", "Priya Shaw"),
      "its part word/document.xml differs");

  // The PDF opened up, one word of its page changed, and put back together by qpdf.
  std::string open = MakeTemporaryFolder();
  REQUIRE(RunCommand("qpdf --qdf --object-streams=disable " +
                     ShellQuote(folder + "/decision-sheet.pdf") + " " + ShellQuote(open + "/a.pdf"))
              .exit_code == 0);
  std::string qdf = ReadFile(open + "/a.pdf");
  size_t text_shown = qdf.find("> Tj");
  REQUIRE(text_shown != std::string::npos);
  qdf[text_shown - 1] = qdf[text_shown - 1] == '1' ? '2' : '1';
  WriteFile(open + "/b.pdf", qdf);
  REQUIRE(RunCommand("fix-qdf " + ShellQuote(open + "/b.pdf") + " > " +
                     ShellQuote(open + "/decision-sheet.pdf"))
              .exit_code == 0);
  CheckDoesNotMatch(open + "/decision-sheet.pdf",
                    "it differs from the sheet the record makes from byte ");
}

TEST_CASE("a sheet whose title was edited does not match, though it carries the code", "[verify]") {
  std::string pdf = ReadFile(ExampleFolder() + "/decision-sheet.pdf");
  size_t title = pdf.find("/Title <");
  REQUIRE(title != std::string::npos);
  // The title is UTF-16BE in hex: the last digit of its first letter, changed.
  size_t digit = title + std::string("/Title <FEFF004").size();
  pdf[digit] = pdf[digit] == '4' ? '5' : '4';
  CommandResult result = Verify(kExample, Saved("decision-sheet.pdf", pdf));
  CHECK(result.exit_code == 1);
  CHECK(Has(result.out, "does NOT match"));
  CHECK(Has(result.out,
            "it carries the record's verification code, but not the sheet the "
            "record makes: it was changed after it was made"));
}

TEST_CASE("a sheet cut short, another format, or a file holding the code does not match",
          "[verify]") {
  const std::string& folder = ExampleFolder();
  std::string pdf = ReadFile(folder + "/decision-sheet.pdf");
  CheckDoesNotMatch(
      Saved("decision-sheet.pdf", pdf.substr(0, 5000)),
      "it is cut short: 5000 bytes of the " + std::to_string(pdf.size()) + " the record makes");

  CheckDoesNotMatch(Saved("decision-sheet.pdf", pdf + "1 0 obj\n<< >>\nendobj\n%%EOF\n"),
                    "it holds the sheet the record makes, then 27 bytes more that are not one "
                    "digital signature");

  std::string flat = ReadFile(folder + "/decision-sheet.flat.xml");
  CheckDoesNotMatch(Saved("decision-sheet.pdf", flat),
                    "it differs from the sheet the record makes from byte 0 on");
  CheckDoesNotMatch(Saved("decision-sheet.docx", pdf), "it is not a .docx package");

  CommandResult matched = Verify(kExample, folder + "/decision-sheet.pdf");
  std::smatch code;
  REQUIRE(std::regex_search(matched.out, code, std::regex("verification code ([0-9a-f]{64})")));
  std::string note = "%PDF-1.7\n% sdgen-verification-" + code[1].str() + "\n/Keywords (DRAFT)\n";
  CheckDoesNotMatch(Saved("decision-sheet.pdf", note), "it differs from the sheet");
  CheckDoesNotMatch(Saved("decision-sheet.flat.xml", note), "it differs from the sheet");
  // The minutes carry no code at all.
  CheckDoesNotMatch(folder + "/minutes.pdf", "it differs from the sheet");
  CHECK(Has(Verify(kExample, folder + "/minutes.pdf").out,
            "it carries no verification code: it is not a decision sheet sdgen made"));
}

TEST_CASE("a sheet of a record changed since does not match and says why", "[verify]") {
  std::string xml = ReadFile(kExample);
  xml.replace(xml.find("about 4 cm long on his left"), 7, "about 5");
  std::string changed = Saved("record.xml", xml);
  CommandResult result = Verify(changed, ExampleFolder() + "/decision-sheet.pdf");
  CHECK(result.exit_code == 1);
  CHECK(Has(result.out, "the record has changed since the sheet was made"));
}

TEST_CASE("a DRAFT sheet matches its record, is called a DRAFT and is not vouched for",
          "[verify]") {
  std::string xml = ReadFile(kExample);
  size_t signature = xml.find("    <signature by=\"a1\"");
  REQUIRE(signature != std::string::npos);
  xml.erase(signature, xml.find('\n', signature) - signature + 1);
  std::string record = Saved("record.xml", xml);
  std::string out = MakeTemporaryFolder();
  // An unsigned record is an error (SD rules), and its documents are DRAFTs.
  REQUIRE(RunCommand(ShellQuote(BinaryPath()) + " build " + ShellQuote(record) + " -o " +
                     ShellQuote(out))
              .exit_code == 1);
  CommandResult result = Verify(record, out + "/SD-2026-0417/decision-sheet.pdf");
  CHECK(result.exit_code == 1);
  CHECK(Has(result.out, " matches " + record));
  CHECK(Has(result.out, "but it is a DRAFT: the record is not signed off or has errors"));
}

TEST_CASE("verify writes nothing, and refuses a file that is no sheet format", "[verify]") {
  std::string work = MakeTemporaryFolder();
  std::string record = work + "/record.xml";
  WriteFile(record, ReadFile(kExample));
  std::string sheet = work + "/decision-sheet.pdf";
  WriteFile(sheet, ReadFile(ExampleFolder() + "/decision-sheet.pdf"));
  CommandResult result = RunCommand("cd " + ShellQuote(work) + " && " + ShellQuote(BinaryPath()) +
                                    " verify record.xml decision-sheet.pdf");
  CHECK(result.exit_code == 0);
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(work)) {
    (void)entry;
    ++files;
  }
  CHECK(files == 2);

  WriteFile(work + "/sheet.txt", "x");
  CommandResult text = Verify(record, work + "/sheet.txt");
  CHECK(text.exit_code == 2);
  CHECK(text.err == "sdgen verify: " + work +
                        "/sheet.txt: a decision sheet is a .pdf, .docx or .flat.xml file\n");
}
