// The record reader, the practice rules and the canonical form over any
// bytes, and the rendering of every finding they make: what `sdgen check`
// does with a record, without the files.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "checks/practice_rule.h"
#include "checks/working_days.h"
#include "diagnostics/diagnostic_renderer.h"
#include "fuzz_data.h"
#include "record/canonical_form.h"
#include "record/record_reader.h"

namespace {

// The shipped bank holidays, read once: the rules count working days in them.
const sdgen::WorkingCalendar& Calendar() {
  static const sdgen::WorkingCalendar calendar = [] {
    std::string path = sdgen::fuzz::SourcePath("styles/default/bank-holidays.xml");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    sdgen::SourceFile file(path, text.str());
    sdgen::DiagnosticList ignored;
    sdgen::WorkingCalendar made;
    made.AddDaysOff(file, ignored);
    return made;
  }();
  return calendar;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sdgen::SourceFile file("fuzz/record.xml", std::string(reinterpret_cast<const char*>(data), size));
  sdgen::DiagnosticList diagnostics;
  sdgen::RecordReader reader(diagnostics);
  std::optional<sdgen::Record> record = reader.Read(file);
  if (record) {
    sdgen::RunPracticeRules(*record, Calendar(), diagnostics);
    sdgen::RecordFingerprint(*record);
  }
  sdgen::RenderText(diagnostics);
  return 0;
}
