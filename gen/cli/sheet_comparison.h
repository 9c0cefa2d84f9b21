#pragma once

// Whether a decision sheet's file is the one a record makes. sdgen's outputs
// are deterministic, so the sheet made again from the record must equal the
// file: byte for byte for a PDF (up to where a digital signature's
// incremental update begins) and a flat XML package, part by part for a
// .docx (whose zip container a tool may repack).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/document_writers.h"

namespace sdgen::cli {

enum class SheetFormat { kPdf, kDocx, kFlatXml };

/// The format a sheet's file name says (.pdf, .docx, .flat.xml), or nullopt.
std::optional<SheetFormat> SheetFormatOf(const std::string& path);

/// What comparing a file with a sheet made again found.
struct SheetComparison {
  bool matches = false;
  /// When it does not match: how it differs, in words ("it differs from byte 5120 on").
  std::string difference;
  /// A PDF that matches up to an incremental update appended after it: the
  /// digital signature's, reported separately.
  bool has_update = false;
  /// What the comparison did not look at, one phrase each.
  std::vector<std::string> unchecked;
};

/// Compares `sheet`, a file in `format`, with `made`, the files the record
/// makes (RenderedFile extensions ".pdf", ".docx", ".flat.xml").
SheetComparison CompareSheet(std::string_view sheet, SheetFormat format,
                             const std::vector<RenderedFile>& made);

}  // namespace sdgen::cli
