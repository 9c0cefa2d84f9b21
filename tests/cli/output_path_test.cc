// Where `sdgen build` writes: every part of the path one plain file name, and
// the whole path inside the output folder, whatever a part holds.

#include "cli/output_path.h"

#include <catch2/catch.hpp>

using sdgen::cli::DocumentOutputPath;

TEST_CASE("a document's path is OUT/record/document.extension") {
  std::string error;
  CHECK(DocumentOutputPath("out", "SD-2026-0417", "family-letter-p1.pdf", &error) ==
        "out/SD-2026-0417/family-letter-p1.pdf");
  CHECK(DocumentOutputPath("/tmp/o/", "SD-1", "minutes.docx", &error) ==
        "/tmp/o/SD-1/minutes.docx");
  CHECK(DocumentOutputPath(".", "SD-1", "minutes.txt", &error) == "./SD-1/minutes.txt");
  CHECK(DocumentOutputPath("../shared-out", "SD-1", "minutes.txt", &error) ==
        "../shared-out/SD-1/minutes.txt");
  CHECK(error.empty());
}

TEST_CASE("a part that could name another folder is refused, and nothing is made of it") {
  struct Case {
    const char* record;
    const char* document;
  };
  for (Case c : {Case{"..", "letter"}, Case{"SD-1", "../../PWNED"}, Case{"SD-1", "x/y"},
                 Case{"SD-1", "x\\y"}, Case{"", "letter"}, Case{"SD-1", "a\x1b[2J"},
                 Case{".", "letter"}, Case{"SD-1/..", "letter"}}) {
    INFO(c.record << " " << c.document);
    std::string error;
    CHECK(DocumentOutputPath("out", c.record, std::string(c.document) + ".pdf", &error).empty());
    CHECK(error.find("will not write") == 0);
  }
}
