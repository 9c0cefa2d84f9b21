// The source line under a diagnostic: escaped where a terminal would act on
// it, and only a window of it when the line is long, so that a record on one
// very long line with many findings prints a short piece for each.

#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "diagnostics/diagnostic_renderer.h"

using namespace sdgen;

namespace {

std::string Rendered(const SourceFile& file, size_t offset) {
  DiagnosticList diagnostics;
  diagnostics.Error({&file, offset}, "RD003", "bad");
  return RenderText(diagnostics);
}

}  // namespace

TEST_CASE("a source line with terminal commands is printed with escapes and the caret lines up") {
  SourceFile file("r.xml", "<reason>Held \x1b]0;pwned\x07 \x1b[2J x</reason>\n");
  size_t x = file.text().find(" x<") + 1;
  CHECK(Rendered(file, x) ==
        "r.xml:1:30: error: bad [RD003]\n"
        "  <reason>Held \\x1b]0;pwned\\x07 \\x1b[2J x</reason>\n"
        "  " +
            std::string(38, ' ') + "^\n");
}

TEST_CASE("a bidi override in a line is named, and cannot reorder the line") {
  SourceFile file("r.xml",
                  "<name>\xE2\x80\xAE"
                  "evil</name>\n");
  CHECK(Rendered(file, file.text().find("evil")) ==
        "r.xml:1:8: error: bad [RD003]\n"
        "  <name><U+202E>evil</name>\n"
        "                ^\n");
}

TEST_CASE("messages, suggestions and file names are escaped too") {
  SourceFile file("r\x1b[2J.xml", "<x/>\n");
  DiagnosticList diagnostics;
  diagnostics.Error({&file, 0}, "RD008", "'outcome' is 's4\x1b]0;x\x07'", "not \xE2\x80\xAEthis");
  std::string text = RenderText(diagnostics);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("r\\x1b[2J.xml:1:1: error: 'outcome' is 's4\\x1b]0;x\\x07' [RD008]") == 0);
  CHECK(text.find("suggestion: not <U+202E>this") != std::string::npos);
}

TEST_CASE("a long line is shown as a window of 120 characters around the caret") {
  std::string line = std::string(5000, 'a') + "HERE" + std::string(5000, 'b');
  SourceFile file("r.xml", line + "\n");
  std::string text = Rendered(file, 5000);
  std::string window =
      "\xE2\x80\xA6" + std::string(60, 'a') + "HERE" + std::string(56, 'b') + "\xE2\x80\xA6";
  CHECK(text ==
        "r.xml:1:5001: error: bad [RD003]\n  " + window + "\n  " + std::string(61, ' ') + "^\n");
}

TEST_CASE("near either end of a long line the window keeps its width") {
  std::string line = "HERE" + std::string(500, 'b');
  SourceFile file("r.xml", line);
  CHECK(Rendered(file, 0) ==
        "r.xml:1:1: error: bad [RD003]\n  HERE" + std::string(116, 'b') + "\xE2\x80\xA6\n  ^\n");
  std::string tail = std::string(500, 'a') + "END";
  SourceFile end_file("r.xml", tail);
  CHECK(Rendered(end_file, 500) == "r.xml:1:501: error: bad [RD003]\n  \xE2\x80\xA6" +
                                       std::string(117, 'a') + "END\n   " + std::string(117, ' ') +
                                       "^\n");
}

TEST_CASE("columns on a long line count characters, across checkpoints") {
  // Two-byte characters, so that bytes and columns differ on every checkpoint.
  std::string line;
  for (int i = 0; i < 10000; ++i) line += "\xC5\x9B";  // ś
  SourceFile file("r.xml", "first\n" + line + "X\n");
  size_t x = file.text().find('X');
  CHECK(file.Locate(x).line == 2);
  CHECK(file.Locate(x).column == 10001);
  CHECK(file.Locate(file.text().size()).line == 3);
  CHECK(file.Locate(file.text().size()).column == 1);
}

TEST_CASE("many findings on one very long line render in linear time") {
  std::string line;
  for (int i = 0; i < 200000; ++i) line += "<x/>";
  SourceFile file("r.xml", line + "\n");
  DiagnosticList diagnostics;
  for (size_t offset = 0; offset < line.size(); offset += 16)
    diagnostics.Warning({&file, offset}, "RD013", "x");
  auto start = std::chrono::steady_clock::now();
  std::string text = RenderText(diagnostics);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 5.0);
  // Each finding prints a window, not the 800,000-character line.
  CHECK(text.size() < diagnostics.all().size() * 400);
}

TEST_CASE("JSON output escapes what a terminal would act on, and stays valid UTF-8") {
  SourceFile file("r.xml", "<x/>\n");
  DiagnosticList diagnostics;
  diagnostics.Error({&file, 0}, "RD003", "a\x1b]0;t\x07 \xC2\x9B \xE2\x80\xAEz \xFF Llŷr \"q\"");
  std::string json = RenderJson(diagnostics);
  CHECK(json.find("\"message\":\"a\\u001b]0;t\\u0007 \\u009b \\u202ez \\ufffd Llŷr \\\"q\\\"\"") !=
        std::string::npos);
}
