// Real clients open every sample: LibreOffice headless converts each package
// to text, python-docx reads styles and properties. The flat form is repacked
// into a zip first, since neither client opens Flat OPC directly. Each client
// runs once for all files (LibreOffice costs about a second per start).

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "docx/docx_writer.h"
#include "docx/package_files.h"
#include "docx/sample_documents.h"

namespace sdgen::docx::testing {
namespace {

struct WrittenFile {
  std::string path;
  doc::Document document;
};

// Each sample as <name>.docx and <name>-flat.docx (the flat parts repacked).
std::vector<WrittenFile> WriteSamples(const std::string& dir) {
  const DocxWriter writer(SampleWriterOptions());
  std::vector<WrittenFile> files;
  for (const SampleDocument& sample : SampleDocuments()) {
    std::string docx, flat, error;
    REQUIRE(writer.WritePackage(sample.document, &docx, &error));
    REQUIRE(writer.WriteFlat(sample.document, &flat, &error));
    files.push_back({dir + "/" + sample.name + ".docx", sample.document});
    WriteFile(files.back().path, docx);
    files.push_back({dir + "/" + sample.name + "-flat.docx", sample.document});
    WriteFile(files.back().path, RepackAsZip(ReadFlatParts(flat)));
  }
  return files;
}

std::string Stem(const std::string& path) {
  const std::string file = path.substr(path.rfind('/') + 1);
  return file.substr(0, file.rfind('.'));
}

// The text's non-empty lines, trimmed, with list labels ("•", "1.") removed.
std::vector<std::string> ReaderLines(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  static const std::regex kLabel("^\\s*(\xE2\x80\xA2|[0-9]+\\.)?\\s*");
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    line = std::regex_replace(line, kLabel, "");
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("LibreOffice converts every docx and repacked flat package to the model's text") {
  const std::string dir = MakeTempDir();
  const std::vector<WrittenFile> files = WriteSamples(dir);
  // A fresh profile and HOME: parallel runs sharing a profile lose files.
  std::string command = "HOME=" + dir + "/home soffice -env:UserInstallation=file://" + dir +
                        "/profile --headless --norestore --convert-to 'txt:Text (encoded):UTF8'"
                        " --outdir " +
                        dir + "/txt";
  for (const WrittenFile& file : files) command += " " + file.path;
  int status = 0;
  const std::string log = RunCommand(command + " 2>&1", &status);
  INFO(log);
  REQUIRE(status == 0);
  for (const WrittenFile& file : files) {
    INFO(file.path);
    const std::string text = ReadFile(dir + "/txt/" + Stem(file.path) + ".txt");
    REQUIRE_FALSE(text.empty());
    CHECK(ReaderLines(text) == ExpectedBodyLines(file.document));
  }
  // List labels come from numbering.xml; the second numbered list restarts.
  const std::string minutes = ReadFile(dir + "/txt/minutes.txt");
  CHECK(minutes.find("\xE2\x80\xA2 DC \xC5\xBB"
                     "aneta") != std::string::npos);
  CHECK(minutes.find("2. Speak to school") != std::string::npos);
  CHECK(minutes.find("1. Review in ten days") != std::string::npos);
  // Left behind for inspection when a REQUIRE above stops the test.
  RemoveTempDir(dir);
}

// Prints one line per file: the core language and status, then each Title or
// Heading paragraph as "style<TAB>text", and whether the first table row repeats.
constexpr const char* kPythonDocxScript = R"PY(
import sys, docx
from docx.oxml.ns import qn
for path in sys.argv[1:]:
    d = docx.Document(path)
    print("FILE\t" + path)
    print("CORE\t%s\t%s\t%s" % (d.core_properties.language, d.core_properties.created.isoformat(),
                                d.core_properties.title))
    for p in d.paragraphs:
        if p.style.name == "Title" or p.style.name.startswith("Heading"):
            print("HEAD\t%s\t%s" % (p.style.name, p.text))
    for t in d.tables:
        trPr = t.rows[0]._tr.trPr
        print("TABLE\t%s" % (trPr is not None and trPr.find(qn("w:tblHeader")) is not None))
)PY";

struct PythonDocxReport {
  std::string core;
  std::vector<std::pair<std::string, std::string>> headings;
  std::vector<std::string> tables;
};

std::map<std::string, PythonDocxReport> ParseReport(const std::string& output) {
  std::map<std::string, PythonDocxReport> reports;
  PythonDocxReport* current = nullptr;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    const std::string kind = line.substr(0, tab), rest = line.substr(tab + 1);
    if (kind == "FILE") current = &reports[rest];
    if (current == nullptr) continue;
    if (kind == "CORE") current->core = rest;
    if (kind == "TABLE") current->tables.push_back(rest);
    if (kind == "HEAD") {
      const size_t split = rest.find('\t');
      current->headings.emplace_back(rest.substr(0, split), rest.substr(split + 1));
    }
  }
  return reports;
}

TEST_CASE("python-docx opens every docx and repacked flat package and finds the headings") {
  const std::string dir = MakeTempDir();
  const std::vector<WrittenFile> files = WriteSamples(dir);
  WriteFile(dir + "/read.py", kPythonDocxScript);
  std::string command = "/usr/bin/python3 " + dir + "/read.py";
  for (const WrittenFile& file : files) command += " " + file.path;
  int status = 0;
  const std::string output = RunCommand(command + " 2>&1", &status);
  INFO(output);
  REQUIRE(status == 0);
  const auto reports = ParseReport(output);
  REQUIRE(reports.size() == files.size());
  for (const WrittenFile& file : files) {
    INFO(file.path);
    const PythonDocxReport& report = reports.at(file.path);
    CHECK(report.headings == ExpectedHeadings(file.document));
    CHECK(report.core == file.document.metadata.language + "\t2026-11-20T11:00:00\t" +
                             file.document.metadata.title);
    for (const std::string& repeats : report.tables) CHECK(repeats == "True");
  }
  RemoveTempDir(dir);
}

}  // namespace
}  // namespace sdgen::docx::testing
