#include "cli/calendar_setup.h"

#include "cli/input_file.h"
#include "language/dictionary_reader.h"

namespace sdgen::cli {

WorkingCalendar LoadWorkingCalendar(const std::vector<std::string>& style_folders,
                                    std::deque<SourceFile>& files, DiagnosticList& diagnostics) {
  constexpr size_t kMaxCalendarBytes = 1024 * 1024;
  std::vector<std::string> folders{ShippedStylesDirectory() + "/default"};
  folders.insert(folders.end(), style_folders.begin(), style_folders.end());
  WorkingCalendar calendar;
  for (const std::string& folder : folders) {
    std::string path = folder + "/bank-holidays.xml", text, error;
    // A council's style need not have its own table.
    if (ReadInputFile(path, kMaxCalendarBytes, &text, &error) != InputFileStatus::kRead) continue;
    calendar.AddDaysOff(files.emplace_back(path, std::move(text)), diagnostics);
  }
  return calendar;
}

}  // namespace sdgen::cli
