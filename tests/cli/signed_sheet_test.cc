// The signed decision sheet end to end: built by the real binary, read back
// with poppler and python-docx, and verified against its record.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Builds `record` into a fresh folder; returns the record's output folder.
std::string Build(const std::string& record, const std::string& id) {
  std::string out = MakeTemporaryFolder();
  CommandResult result = RunCommand(ShellQuote(BinaryPath()) + " build " + ShellQuote(record) +
                                    " -o " + ShellQuote(out));
  INFO(result.err);
  REQUIRE(result.exit_code <= 1);
  return out + "/" + id;
}

std::string PdfText(const std::string& pdf) {
  CommandResult result = RunCommand("pdftotext -layout " + ShellQuote(pdf) + " -");
  CHECK(result.err.empty());
  return result.out;
}

std::string DocxText(const std::string& docx) {
  CommandResult result = RunCommand(
      "/usr/bin/python3 -c " +
      ShellQuote("import docx,sys; d=docx.Document(sys.argv[1]); "
                 "print('\\n'.join([p.text for p in d.paragraphs] + "
                 "[c.text for t in d.tables for r in t.rows for c in r.cells] + "
                 "[p.text for s in d.sections for p in s.header.paragraphs]))") +
      " " + ShellQuote(docx));
  CHECK(result.exit_code == 0);
  return result.out;
}

const std::string kExample = SharedPath("spec/example-record.xml");

}  // namespace

TEST_CASE("a signed sheet verifies against its record and not against a changed one") {
  std::string folder = Build(kExample, "SD-2026-0417");
  std::string sheet = folder + "/decision-sheet.pdf";
  CommandResult same = RunCommand(ShellQuote(BinaryPath()) + " verify " + ShellQuote(kExample) +
                                  " " + ShellQuote(sheet));
  CHECK(same.exit_code == 0);
  CHECK(same.out.find("matches") != std::string::npos);

  // One character of one harm changed.
  std::string xml = ReadFile(kExample);
  xml.replace(xml.find("about 4 cm long on his left"), 7, "about 5");
  std::string changed = MakeTemporaryFolder() + "/record.xml";
  WriteFile(changed, xml);
  CommandResult different = RunCommand(ShellQuote(BinaryPath()) + " verify " +
                                       ShellQuote(changed) + " " + ShellQuote(sheet));
  CHECK(different.exit_code == 1);
  CHECK(different.out.find("does NOT match") != std::string::npos);

  // The flat XML package carries the same code; the minutes carry none.
  CHECK(RunCommand(ShellQuote(BinaryPath()) + " verify " + ShellQuote(kExample) + " " +
                   ShellQuote(folder + "/decision-sheet.flat.xml"))
            .exit_code == 0);
  CHECK(RunCommand(ShellQuote(BinaryPath()) + " verify " + ShellQuote(kExample) + " " +
                   ShellQuote(folder + "/minutes.pdf"))
            .exit_code == 1);
}

TEST_CASE("the signed state shows the chair and the code in PDF and DOCX text") {
  std::string folder = Build(kExample, "SD-2026-0417");
  for (const std::string& text :
       {PdfText(folder + "/decision-sheet.pdf"), DocxText(folder + "/decision-sheet.docx")}) {
    CHECK(text.find("DRAFT") == std::string::npos);
    CHECK(text.find("Priya Shah") != std::string::npos);
    CHECK(text.find("Verification code: ") != std::string::npos);
  }
}

TEST_CASE("an unsigned record makes a DRAFT decision sheet in PDF and DOCX text") {
  std::string xml = ReadFile(kExample);
  size_t signature = xml.find("    <signature by=\"a1\"");
  xml.erase(signature, xml.find('\n', signature) - signature + 1);
  std::string unsigned_record = MakeTemporaryFolder() + "/record.xml";
  WriteFile(unsigned_record, xml);
  std::string folder = Build(unsigned_record, "SD-2026-0417");
  CHECK(PdfText(folder + "/decision-sheet.pdf").find("DRAFT") != std::string::npos);
  CHECK(DocxText(folder + "/decision-sheet.docx").find("DRAFT") != std::string::npos);
}

TEST_CASE("a record with errors builds drafts; an unreadable one writes nothing") {
  std::string out = MakeTemporaryFolder();
  CommandResult draft = RunCommand(ShellQuote(BinaryPath()) + " build " +
                                   ShellQuote(SourcePath("fixtures/bad/action-without-due.xml")) +
                                   " -o " + ShellQuote(out));
  CHECK(draft.exit_code == 1);
  CHECK(PdfText(out + "/SD-2026-0900/minutes.pdf").find("DRAFT") != std::string::npos);

  std::string empty = MakeTemporaryFolder();
  CommandResult bad = RunCommand(ShellQuote(BinaryPath()) + " build " +
                                 ShellQuote(SourcePath("fixtures/bad/dangling-id.xml")) + " -o " +
                                 ShellQuote(empty));
  CHECK(bad.exit_code == 1);
  CHECK(RunCommand("find " + ShellQuote(empty) + " -type f").out.empty());
}

TEST_CASE("a signed sheet is never overwritten by one for a changed record") {
  std::string out = MakeTemporaryFolder();
  std::string record = MakeTemporaryFolder() + "/record.xml";
  std::string xml = ReadFile(kExample);
  WriteFile(record, xml);
  auto build = [&]() {
    return RunCommand(ShellQuote(BinaryPath()) + " build " + ShellQuote(record) + " -o " +
                      ShellQuote(out));
  };
  REQUIRE(build().exit_code == 0);
  std::string folder = out + "/SD-2026-0417";
  std::string first = ReadFile(folder + "/decision-sheet.pdf");

  // The same record again: the same file, byte for byte, and no second version.
  CommandResult again = build();
  CHECK(again.exit_code == 0);
  CHECK(ReadFile(folder + "/decision-sheet.pdf") == first);
  CHECK(ReadFile(folder + "/decision-sheet-v2.pdf").empty());

  // A changed record: the signed sheet stays, the new one is v2, and sdgen says so.
  xml.replace(xml.find("about 4 cm long on his left"), 7, "about 5");
  WriteFile(record, xml);
  CommandResult changed = build();
  CHECK(changed.exit_code == 0);
  CHECK(changed.err.find("note: the record has changed since 'decision-sheet.pdf' was signed; "
                         "the new sheet is 'decision-sheet-v2.pdf' [OUT003]") != std::string::npos);
  CHECK(ReadFile(folder + "/decision-sheet.pdf") == first);
  CHECK(RunCommand(ShellQuote(BinaryPath()) + " verify " + ShellQuote(record) + " " +
                   ShellQuote(folder + "/decision-sheet-v2.pdf"))
            .exit_code == 0);
  CHECK_FALSE(ReadFile(folder + "/decision-sheet-v2.docx").empty());
}

TEST_CASE("a council's style may give 5 working days for the minutes") {
  std::string style = MakeTemporaryFolder();
  std::string xml = ReadFile(SourcePath("styles/default/style.xml"));
  size_t deadlines = xml.find("<deadlines ");
  REQUIRE(deadlines != std::string::npos);
  xml.replace(deadlines, xml.find("/>", deadlines) + 2 - deadlines,
              "<deadlines minutes-working-days=\"5\"/>");
  WriteFile(style + "/style.xml", xml);
  std::string out = MakeTemporaryFolder();
  CommandResult result = RunCommand(ShellQuote(BinaryPath()) + " build --style " +
                                    ShellQuote(style) + " " + ShellQuote(kExample) + " -o " +
                                    ShellQuote(out));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::string minutes = ReadFile(out + "/SD-2026-0417/minutes.txt");
  // Held on Friday 20 November 2026: five working days on is Friday 27 November.
  CHECK(minutes.find("5 working days") != std::string::npos);
  CHECK(minutes.find("27 November 2026") != std::string::npos);
  CHECK(minutes.find("24 hours") == std::string::npos);
}
