#pragma once

// An incremental update: new and replaced objects appended after a PDF's
// last byte, with their own cross-reference section and a trailer pointing
// back (/Prev) to the original's. The original bytes are never rewritten, so
// whatever vouched for them (a checksum, an earlier signature) still holds.

#include <map>
#include <string>
#include <string_view>

#include "pdf/pdf_file_index.h"

namespace sdgen::pdf {

class IncrementalUpdate {
 public:
  /// An update of the file `index` was read from.
  explicit IncrementalUpdate(const PdfFileIndex& index) : index_(index), next_(index.size()) {}

  /// A number for a new object.
  int NewObject() { return next_++; }
  /// Sets object `number` (new, or replacing the original's) to `body`: a
  /// dictionary, or a dictionary and its stream, without "obj"/"endobj".
  void SetObject(int number, std::string body) { objects_[number] = std::move(body); }

  /// The bytes to append to `original` (which ends the update at its
  /// length): the objects, their cross-reference section and the trailer.
  std::string AppendedBytes(std::string_view original) const;

 private:
  const PdfFileIndex& index_;
  int next_;
  std::map<int, std::string> objects_;  ///< in number order, as the xref lists them
};

}  // namespace sdgen::pdf
