#pragma once

// A small valid record (records/base.xml) that satisfies every practice rule,
// changed one way at a time so that each test shows the one finding it causes.

#include <string>
#include <vector>

#include "checks/working_days.h"

namespace sdgen::test {

/// The bytes of the file at `path`.
std::string ReadFile(const std::string& path);

/// The text of records/base.xml.
std::string BaseRecord();

/// `text` with the one occurrence of `from` replaced by `to`; fails the test
/// when `from` is not there exactly once, so a stale edit cannot pass silently.
std::string Edit(std::string text, const std::string& from, const std::string& to);

/// The England and Wales calendar from styles/default/bank-holidays.xml.
WorkingCalendar DefaultCalendar();

/// Reads `record` as "base.xml" (it must have no reader errors), runs every
/// practice rule, and returns the findings of `rule` as
/// "base.xml:line:col: severity: message [SDnnn]".
std::vector<std::string> Findings(const std::string& record, const std::string& rule);

/// The same for every practice rule at once.
std::vector<std::string> AllFindings(const std::string& record);

}  // namespace sdgen::test
