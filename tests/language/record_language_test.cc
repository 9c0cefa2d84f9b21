#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "language/record_language_check.h"
#include "language_fixture.h"
#include "record/record_reader.h"
#include "test_paths.h"

namespace sdgen {
using sdgen::test::ReadFile;

namespace {

// A record whose free text uses a term in a family-shared item and in a
// professionals-only one: the same word is an error in one and a warning in the other.
TEST_CASE("record texts are checked as their audience reads them") {
  std::string xml = ReadFile(test::SharedPath("spec/example-record.xml"));
  REQUIRE(!xml.empty());
  const std::string family_item =
      "<safety by=\"a2\" share=\"family\">When Daniel has been drinking";
  size_t at = xml.find(family_item);
  REQUIRE(at != std::string::npos);
  xml.replace(
      at, family_item.size(),
      "<safety by=\"a2\" share=\"family\">The LADO says that when Daniel has been drinking");
  SourceFile file("record.xml", xml);
  DiagnosticList read;
  RecordReader reader(read);
  std::optional<Record> record = reader.Read(file);
  REQUIRE(record);

  testing::CompiledDictionary compiled(testing::kSmallDictionary);
  DiagnosticList diagnostics;
  std::string error;
  auto checker = PlainLanguageChecker::Create(compiled.dictionary, {}, diagnostics, &error);
  TermUsage usage;
  CheckRecordLanguage(*record, *checker, diagnostics, &usage);

  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.rule == "PL001") {
      found.push_back(testing::LineColumnOf(d.where) + " " + SeverityName(d.severity));
    }
  }
  size_t line = static_cast<size_t>(std::count(xml.begin(), xml.begin() + at, '\n')) + 1;
  // The decision's outcome="s47" is an enum value, not free text, and is not
  // checked; the family-shared action's "section 47 enquiry" (line 96) is.
  CHECK(found == std::vector<std::string>{std::to_string(line) + ":42 error", "96:199 error"});
  CHECK(usage.entries().size() >= 1);
}

}  // namespace
}  // namespace sdgen
