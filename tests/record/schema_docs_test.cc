// docs/record-format.md holds what `sdgen schema` prints between two markers,
// so the element table a reader of the docs sees is the one sdgen reads by.

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "record/record_schema.h"
#include "record/schema_reference.h"
#include "test_paths.h"

using namespace sdgen;
using namespace sdgen::test;

namespace {

const std::string kBegin = "<!-- begin: sdgen schema -->";
const std::string kEnd = "<!-- end: sdgen schema -->";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The first line that differs, so a failure shows which row went stale.
std::string FirstDifference(const std::string& docs, const std::string& generated) {
  std::vector<std::string> a = Lines(docs), b = Lines(generated);
  for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    std::string in_docs = i < a.size() ? a[i] : "(nothing)";
    std::string printed = i < b.size() ? b[i] : "(nothing)";
    if (in_docs != printed)
      return "line " + std::to_string(i + 1) +
             " of the table differs:\n  docs:          " + in_docs +
             "\n  sdgen schema:  " + printed;
  }
  return "the tables differ only in their line ends";
}

}  // namespace

TEST_CASE("docs/record-format.md holds the element table `sdgen schema` prints") {
  std::string docs = ReadFile(SourcePath("docs/record-format.md"));
  size_t begin = docs.find(kBegin + "\n");
  size_t end = docs.find(kEnd, begin == std::string::npos ? 0 : begin);
  if (begin == std::string::npos || end == std::string::npos)
    FAIL("docs/record-format.md needs a line '" << kBegin << "' and, after it, a line '" << kEnd
                                                << "'");
  begin += kBegin.size() + 1;
  std::string in_docs = docs.substr(begin, end - begin);
  std::string generated = SchemaReferenceTable(RecordSchema::Get());
  if (in_docs != generated)
    FAIL_CHECK(
        "the element table in docs/record-format.md is not what the schema table says; "
        "run `build/sdgen schema` and paste its output between the markers\n"
        << FirstDifference(in_docs, generated));
}
