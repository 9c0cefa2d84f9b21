#include "cli/calendar_setup.h"

#include "cli/input_file.h"

namespace sdgen::cli {

WorkingCalendar LoadWorkingCalendar(const CouncilFolders& folders, std::deque<SourceFile>& files,
                                    DiagnosticList& diagnostics) {
  constexpr size_t kMaxCalendarBytes = 1024 * 1024;
  // The shipped style is the last of `folders.style`; its table comes first.
  std::vector<std::string> style_folders{folders.shipped_style()};
  style_folders.insert(style_folders.end(), folders.style.begin(), folders.style.end() - 1);
  WorkingCalendar calendar;
  for (const std::string& folder : style_folders) {
    std::string path = folder + "/bank-holidays.xml", text, error;
    // A council's style need not have its own table.
    if (ReadInputFile(path, kMaxCalendarBytes, &text, &error) != InputFileStatus::kRead) continue;
    calendar.AddDaysOff(files.emplace_back(path, std::move(text)), diagnostics);
  }
  return calendar;
}

}  // namespace sdgen::cli
