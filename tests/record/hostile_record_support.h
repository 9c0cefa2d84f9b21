#pragma once

// A small valid format-2 record for the hostile-input tests, and a reader run
// that keeps the file its diagnostics point into.

#include <memory>
#include <optional>
#include <string>

#include "record/record_reader.h"

namespace sdgen::test {

/// A valid record with `people` inside <people>, `harm` as the text of its
/// one harm and `root_attributes` on the root after id and format.
std::string SmallRecord(const std::string& people = "", const std::string& harm = "It happened.",
                        const std::string& root_attributes = "xml:lang=\"en-GB\"");

struct ReadResult {
  std::unique_ptr<SourceFile> file;
  DiagnosticList diagnostics;
  std::optional<Record> record;
  bool unreadable = false;

  /// "LINE:COL RULE message" of the first diagnostic, or "".
  std::string First() const;
};

std::unique_ptr<ReadResult> ReadRecordText(const std::string& xml);

}  // namespace sdgen::test
