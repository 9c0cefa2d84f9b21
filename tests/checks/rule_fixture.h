#pragma once

#include "test_paths.h"

// A small valid record (records/base.xml) that satisfies every practice rule,
// changed one way at a time so that each test shows the one finding it causes.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checks/working_days.h"
#include "diagnostics/diagnostic.h"
#include "record/record.h"

namespace sdgen::test {


/// The text of records/base.xml (format 1).
std::string BaseRecord();

/// The text of records/readers.xml: a format-2 record with family readers.
std::string ReadersRecord();

/// `text` with the one occurrence of `from` replaced by `to`; fails the test
/// when `from` is not there exactly once, so a stale edit cannot pass silently.
std::string Edit(std::string text, const std::string& from, const std::string& to);

/// The England and Wales calendar from styles/default/bank-holidays.xml.
WorkingCalendar DefaultCalendar();

/// A diagnostic as `sdgen check` prints its first line:
/// "base.xml:line:col: severity: message [SDnnn]".
std::string Render(const Diagnostic& diagnostic);

/// A record read from text (it must have no reader errors), with the file
/// its locations point into.
struct ReadRecord {
  ReadRecord(const std::string& text, const std::string& name);
  std::unique_ptr<SourceFile> file;
  std::optional<Record> record;
};

/// Reads `record` as `name` (it must have no reader errors), runs every
/// practice rule, and returns the findings of `rule` as
/// "base.xml:line:col: severity: message [SDnnn]".
std::vector<std::string> Findings(const std::string& record, const std::string& rule,
                                  const std::string& name = "base.xml");

/// The same for every practice rule at once.
std::vector<std::string> AllFindings(const std::string& record,
                                     const std::string& name = "base.xml");

}  // namespace sdgen::test
