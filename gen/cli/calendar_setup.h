#pragma once

#include <deque>
#include <string>
#include <vector>

#include "checks/working_days.h"
#include "cli/council_folders.h"
#include "diagnostics/diagnostic.h"

namespace sdgen::cli {

/// The working-day calendar of a run: the shipped England and Wales bank
/// holidays, then each style folder's bank-holidays.xml (a council's own
/// closure days). Files are kept in `files`, since diagnostics point into them.
WorkingCalendar LoadWorkingCalendar(const CouncilFolders& folders, std::deque<SourceFile>& files,
                                    DiagnosticList& diagnostics);

}  // namespace sdgen::cli
