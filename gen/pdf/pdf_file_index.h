#pragma once

// The structure of a PDF that sdgen wrote and nothing has changed since: one
// cross-reference table, its trailer, and where each object is. This is what
// an incremental update needs to add objects after the last byte.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/pdf_syntax.h"

namespace sdgen::pdf {

class PdfFileIndex {
 public:
  /// Reads the trailer and cross-reference table of `bytes` (which must
  /// outlive the index). Nullopt with `error` set, saying what is wrong, for
  /// anything else: not a PDF, a cross-reference stream, an earlier update.
  static std::optional<PdfFileIndex> Read(std::string_view bytes, std::string* error);

  /// The trailer dictionary, as written.
  std::string_view trailer() const { return trailer_; }
  /// Where the cross-reference table starts (the `startxref` value).
  size_t xref_offset() const { return xref_offset_; }
  /// The trailer's /Size: the first object number free for new objects.
  int size() const { return static_cast<int>(offsets_.size()); }

  /// The dictionary of object `reference` ("<< ... >>", of a stream its
  /// dictionary only), as written; nullopt when it is not in the file.
  std::optional<std::string_view> Dictionary(ObjectReference reference) const;
  /// The dictionary that `key` of `dictionary` refers to.
  std::optional<std::string_view> Follow(std::string_view dictionary, std::string_view key,
                                         ObjectReference* reference = nullptr) const;

  /// The first page, found from the catalog through the page tree.
  std::optional<ObjectReference> FirstPage() const;

 private:
  std::string_view bytes_;
  std::string_view trailer_;
  size_t xref_offset_ = 0;
  std::vector<size_t> offsets_;  ///< by object number; 0: free
};

}  // namespace sdgen::pdf
