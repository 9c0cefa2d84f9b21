#pragma once

#include <cstddef>
#include <optional>

#include "diagnostics/diagnostic.h"
#include "record/record.h"

namespace sdgen {

/// Records larger than this are refused before parsing: real records are a
/// few tens of kilobytes, and the limit bounds memory for hostile input.
inline constexpr size_t kMaxRecordBytes = 4 * 1024 * 1024;
/// Elements nested deeper than this, or more attributes on one element, are
/// refused before reading (RD011): a real record is five deep with about ten
/// attributes on an element, and the bounds keep hostile input cheap to refuse.
inline constexpr size_t kMaxRecordDepth = 32;
inline constexpr size_t kMaxRecordAttributes = 64;

/// Reads a record (format 1 or 2) from XML into the typed model, with who
/// reads what resolved (record/family_readers.h).
///
/// Input problems (bad XML or UTF-8, wrong dates, dangling ids, values outside
/// their lists...) are reported with rule ids RD001-RD021 at their exact place;
/// reading goes on to find them all. Read() returns a record only when none of
/// those errors occurred: practice-rule findings (SDnnn) come later, from the
/// checks stage, on a well-typed record.
class RecordReader {
 public:
  explicit RecordReader(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

  std::optional<Record> Read(const SourceFile& file);
  /// Whether the last file read was not even well-formed UTF-8 XML of a sane
  /// size (as opposed to a readable file with errors in it).
  bool unreadable() const { return unreadable_; }

 private:
  DiagnosticList& diagnostics_;
  bool unreadable_ = false;
};

}  // namespace sdgen
