#include "rule_fixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "checks/practice_rule.h"
#include "record/record_reader.h"
#include "test_paths.h"

namespace sdgen::test {

std::string Render(const Diagnostic& diagnostic) {
  LineColumn at = diagnostic.where.file->Locate(diagnostic.where.offset);
  return diagnostic.where.file->path() + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.column) + ": " + SeverityName(diagnostic.severity) + ": " +
         diagnostic.message + " [" + diagnostic.rule + "]";
}

std::string BaseRecord() { return ReadFile(SourcePath("tests/checks/records/base.xml")); }

std::string ReadersRecord() { return ReadFile(SourcePath("tests/checks/records/readers.xml")); }

ReadRecord::ReadRecord(const std::string& text, const std::string& name)
    : file(std::make_unique<SourceFile>(name, text)) {
  DiagnosticList diagnostics;
  RecordReader reader(diagnostics);
  record = reader.Read(*file);
  if (!record || diagnostics.HasErrors()) {
    std::string reported;
    for (const Diagnostic& diagnostic : diagnostics.all()) reported += Render(diagnostic) + "\n";
    FAIL("the edited record does not read:\n" << reported);
  }
}

std::string Edit(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  INFO("editing '" << from << "'");
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

WorkingCalendar DefaultCalendar() {
  SourceFile file("bank-holidays.xml", ReadFile(SourcePath("styles/default/bank-holidays.xml")));
  DiagnosticList diagnostics;
  WorkingCalendar calendar;
  REQUIRE(calendar.AddDaysOff(file, diagnostics));
  return calendar;
}

std::vector<std::string> AllFindings(const std::string& record, const std::string& name) {
  ReadRecord read(record, name);
  DiagnosticList diagnostics;
  RunPracticeRules(*read.record, DefaultCalendar(), diagnostics);
  diagnostics.SortByLocation();
  std::vector<std::string> findings;
  for (const Diagnostic& diagnostic : diagnostics.all())
    if (diagnostic.rule.rfind("SD", 0) == 0) findings.push_back(Render(diagnostic));
  return findings;
}

std::vector<std::string> Findings(const std::string& record, const std::string& rule,
                                  const std::string& name) {
  std::vector<std::string> findings;
  for (const std::string& finding : AllFindings(record, name))
    if (finding.find("[" + rule + "]") != std::string::npos) findings.push_back(finding);
  return findings;
}

}  // namespace sdgen::test
