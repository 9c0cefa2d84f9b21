// The plain-language checker `sdgen lint` runs, with the shipped dictionary,
// over any bytes as one block: as a family reads it (terms, readability,
// long sentences) and as professionals do (terms only), and the rendering of
// its findings.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <string>

#include "cli/plain_language_setup.h"
#include "diagnostics/diagnostic_renderer.h"
#include "fuzz_data.h"

namespace {

// The shipped dictionary and one checker over it, made once.
struct Linter {
  std::deque<sdgen::SourceFile> files;
  sdgen::cli::PlainLanguageSetup setup;
  std::unique_ptr<sdgen::PlainLanguageChecker> checker;

  Linter() {
    sdgen::DiagnosticList diagnostics;
    std::string error;
    sdgen::cli::CouncilFolders shipped{{sdgen::fuzz::SourcePath("templates")},
                                       {sdgen::fuzz::SourcePath("styles/default")}};
    if (!setup.Load(shipped, {}, files, diagnostics, &error)) std::abort();
    checker = setup.MakeChecker({}, sdgen::kFamilyLetterReadingAge, diagnostics, &error);
    if (!checker) std::abort();
  }
};

sdgen::Text BlockOf(const sdgen::SourceFile& file, sdgen::Share share) {
  sdgen::Text text;
  text.visibility.share = share;
  text.value = file.text();
  text.where = {&file, 0};
  text.checkpoints = {{0, 0}};
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Linter linter;
  sdgen::SourceFile file("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  sdgen::DiagnosticList diagnostics;
  linter.checker->CheckText(BlockOf(file, sdgen::Share::kFamily), sdgen::Readership::kFamily,
                            diagnostics);
  linter.checker->CheckTerms(BlockOf(file, sdgen::Share::kProfessionals),
                             sdgen::Readership::kProfessionals, diagnostics);
  sdgen::RenderText(diagnostics);
  return 0;
}
