#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "command_run.h"
#include "test_paths.h"

namespace sdgen {
namespace {

using test::RunCommand;
using test::ShellQuote;

struct Lint {
  std::string folder = test::MakeTemporaryFolder();

  std::string Write(const std::string& name, const std::string& text) const {
    std::string path = folder + "/" + name;
    std::ofstream(path) << text;
    return path;
  }

  test::CommandResult Run(const std::string& arguments) const {
    return RunCommand(ShellQuote(test::BinaryPath()) + " lint " + arguments);
  }
};

TEST_CASE("sdgen lint reports a drafted letter's jargon with line and column") {
  Lint lint;
  std::string path = lint.Write("letter.txt",
                                "Dear Sian,\n\n"
                                "We have spoken to the LADO about Dan's job.\n");
  test::CommandResult r = lint.Run(ShellQuote(path));
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err ==
        path +
            ":3:23: error: 'LADO' is jargon; say 'the person at the council who looks into "
            "concerns about adults who work with children' [PL001]\n"
            "  We have spoken to the LADO about Dan's job.\n"
            "                        ^\n"
            "  suggestion: to keep 'LADO' on purpose, add it to the accept list; the glossary "
            "will explain it\n"
            "1 error and 0 warnings\n");
}

TEST_CASE("sdgen lint --audience professionals warns, and --accept silences") {
  Lint lint;
  std::string path = lint.Write("minutes.txt", "The LADO and the MASH met.\n");
  test::CommandResult r = lint.Run("--audience professionals --accept MASH " + ShellQuote(path));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find(":1:5: warning: 'LADO' is jargon") != std::string::npos);
  CHECK(r.err.find("'MASH'") == std::string::npos);
}

TEST_CASE("sdgen lint reads a style's dictionary overlay and accept list") {
  Lint lint;
  lint.Write("dictionary.xml", R"(<dictionary format="1">
  <entry term="LADO" category="jargon" family="warning">
    <plain>our allegations officer</plain><explanation>x</explanation>
  </entry>
</dictionary>)");
  lint.Write("plain-language-accept.txt", "MASH\n");
  std::string path = lint.Write("letter.txt", "The LADO and the MASH met.\n");
  test::CommandResult r = lint.Run("--style " + ShellQuote(lint.folder) + " " + ShellQuote(path));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("warning: 'LADO' is jargon; say 'our allegations officer'") !=
        std::string::npos);
  CHECK(r.err.find("'MASH'") == std::string::npos);
}

TEST_CASE("sdgen lint gives JSON diagnostics on request") {
  Lint lint;
  std::string path = lint.Write("letter.txt", "Ask the LADO.\n");
  test::CommandResult r =
      RunCommand(ShellQuote(test::BinaryPath()) + " --diagnostics json lint " + ShellQuote(path));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"rule\":\"PL001\"") != std::string::npos);
}

// A sentence of 44 words, and the same sentence hard-wrapped over three lines.
const char* kLongSentence =
    "When we met on Monday the social worker and the police officer talked with you about "
    "what happened to Kai at the park and we agreed that we will visit you at home again "
    "next week to talk about it with you and Dad.";
const char* kWrappedSentence =
    "When we met on Monday the social worker and the police officer talked with you\n"
    "about what happened to Kai at the park and we agreed that we will visit you at\n"
    "home again next week to talk about it with you and Dad.";

// The findings without the file name, which differs between the two copies.
std::string WithoutPath(std::string err, const std::string& path) {
  for (size_t at = err.find(path); at != std::string::npos; at = err.find(path))
    err.replace(at, path.size(), "FILE");
  return err;
}

TEST_CASE("sdgen lint scores a wrapped paragraph as if it were on one line") {
  Lint lint;
  std::string flat = lint.Write("flat.txt", std::string(kLongSentence) + "\n");
  std::string wrapped = lint.Write("wrapped.txt", std::string(kWrappedSentence) + "\n");
  test::CommandResult flat_run = lint.Run(ShellQuote(flat));
  test::CommandResult wrapped_run = lint.Run(ShellQuote(wrapped));
  CHECK(flat_run.exit_code == 0);
  CHECK(wrapped_run.exit_code == 0);
  CHECK(WithoutPath(flat_run.err, flat)
            .find("FILE:1:1: warning: this sentence has 44 words; family text keeps to 25 or fewer "
                  "[PL011]") == 0);
  // The caret line shows the source line, which differs; the findings do not.
  auto findings = [](const std::string& err) {
    std::string out;
    for (size_t start = 0; start < err.size();) {
      size_t end = err.find('\n', start);
      std::string line = err.substr(start, end - start);
      if (line.rfind("FILE:", 0) == 0) out += line + "\n";
      start = end == std::string::npos ? err.size() : end + 1;
    }
    return out;
  };
  CHECK(findings(WithoutPath(flat_run.err, flat)) ==
        findings(WithoutPath(wrapped_run.err, wrapped)));
  CHECK(findings(WithoutPath(flat_run.err, flat)).find("[PL010]") != std::string::npos);
}

TEST_CASE("sdgen lint does not score headings or --skip-lines lines, but checks their terms") {
  Lint lint;
  std::string plain = lint.Write("plain.txt", "We will visit you at home on Monday.\n");
  std::string marked = lint.Write("marked.txt",
                                  "# What the LADO and the strategy discussion decided about "
                                  "everything that happened this week\n"
                                  "We will visit you at home on Monday.\n"
                                  "Page 1 of 2: notwithstanding comprehensive considerations "
                                  "regarding organisational responsibilities\n");
  test::CommandResult r = lint.Run("--skip-lines '^Page [0-9]+' " + ShellQuote(marked));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(":1:12: error: 'LADO' is jargon") != std::string::npos);
  // Neither the long heading nor the wordy footer is scored with the sentence.
  CHECK(r.err.find("[PL010]") == std::string::npos);
  CHECK(r.err.find("[PL011]") == std::string::npos);
  // Without the pattern the footer counts, and its long words raise the reading age.
  test::CommandResult unskipped = lint.Run(ShellQuote(marked));
  CHECK(unskipped.err.find("[PL010]") != std::string::npos);
  CHECK(lint.Run(ShellQuote(plain)).err.empty());
  CHECK(lint.Run("--skip-lines '(' " + ShellQuote(plain)).exit_code == 2);
}

TEST_CASE("sdgen lint: a must-learn term explained in its sentence is not an error") {
  Lint lint;
  std::string explained =
      lint.Write("explained.txt",
                 "We will start a section 47 enquiry (this means we find out if Kai was hurt).\n");
  test::CommandResult r = lint.Run(ShellQuote(explained));
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("[PL001]") == std::string::npos);
  std::string bare = lint.Write("bare.txt", "We will start a section 47 enquiry.\n");
  test::CommandResult bare_run = lint.Run(ShellQuote(bare));
  CHECK(bare_run.exit_code == 1);
  CHECK(bare_run.err.find(":1:17: error: 'section 47 enquiry' is jargon") != std::string::npos);
}

TEST_CASE("sdgen lint refuses a missing file and a bad option") {
  Lint lint;
  CHECK(lint.Run("/nonexistent/letter.txt").exit_code == 2);
  CHECK(lint.Run("--audience children x.txt").exit_code == 2);
  CHECK(lint.Run("").exit_code == 2);
}

}  // namespace
}  // namespace sdgen
