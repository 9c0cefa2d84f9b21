#pragma once

// Whole-buffer deflate through libdeflate. One compressor is made per document
// and reused for each of its streams or parts: zlib (as libharu and libzip use
// it) sets up and clears a fresh 256 KB state for every stream, which cost more
// than compressing the small streams themselves.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace sdgen::compression {

/// A libdeflate compressor at one level; not copyable, not thread-safe.
class DeflateCompressor {
 public:
  /// Level 1 by default: a whole record's build takes 10% fewer instructions
  /// than at level 6, for files about 4% larger (docs/performance.md).
  explicit DeflateCompressor(int level = 1);

  /// False if the compressor could not be allocated; every call then fails.
  bool Ok() const { return compressor_ != nullptr; }
  /// `bytes` as a zlib stream (RFC 1950), what PDF's /FlateDecode reads.
  bool Zlib(std::string_view bytes, std::string* out);
  /// `bytes` as raw deflate (RFC 1951), what a zip entry holds.
  bool Raw(std::string_view bytes, std::string* out);
  /// The CRC-32 a zip entry records for its uncompressed bytes.
  static uint32_t Crc32(std::string_view bytes);

 private:
  struct Free {
    void operator()(libdeflate_compressor* compressor) const;
  };
  std::unique_ptr<libdeflate_compressor, Free> compressor_;
};

}  // namespace sdgen::compression
