#pragma once

// A zip archive (PKWARE APPNOTE 6.3, the subset OPC needs) written into memory:
// deflated entries, no extra fields, no ZIP64 (a package is far below 4 GB).
// Written here rather than by libzip so that every entry is deflated by one
// reused compressor; the bytes depend only on the entries, so builds repeat.

#include <cstdint>
#include <string>
#include <string_view>

#include "compression/deflate_compressor.h"

namespace sdgen::docx {

/// Entries added in order, then the central directory; one archive per package.
class ZipArchive {
 public:
  /// Entries will be stamped with this MS-DOS date and time.
  ZipArchive(uint16_t dos_date, uint16_t dos_time) : dos_date_(dos_date), dos_time_(dos_time) {}

  /// Deflates `bytes` as the entry `name` (UTF-8); false if it cannot.
  bool Add(std::string_view name, std::string_view bytes, std::string* error);
  /// The whole archive: the entries, then the central directory and its end.
  std::string Finish();

 private:
  uint16_t dos_date_;
  uint16_t dos_time_;
  uint16_t entries_ = 0;
  compression::DeflateCompressor compressor_;
  std::string compressed_;  // reused for every entry
  std::string local_;       // local headers and data
  std::string central_;     // the central directory, built alongside
};

}  // namespace sdgen::docx
