#include "compression/deflate_compressor.h"

#include <libdeflate.h>

namespace sdgen::compression {

void DeflateCompressor::Free::operator()(libdeflate_compressor* compressor) const {
  libdeflate_free_compressor(compressor);
}

DeflateCompressor::DeflateCompressor(int level)
    : compressor_(libdeflate_alloc_compressor(level)) {}

bool DeflateCompressor::Zlib(std::string_view bytes, std::string* out) {
  if (!compressor_) return false;
  out->resize(libdeflate_zlib_compress_bound(compressor_.get(), bytes.size()));
  size_t size = libdeflate_zlib_compress(compressor_.get(), bytes.data(), bytes.size(),
                                         out->data(), out->size());
  out->resize(size);
  return size != 0;
}

bool DeflateCompressor::Raw(std::string_view bytes, std::string* out) {
  if (!compressor_) return false;
  out->resize(libdeflate_deflate_compress_bound(compressor_.get(), bytes.size()));
  size_t size = libdeflate_deflate_compress(compressor_.get(), bytes.data(), bytes.size(),
                                            out->data(), out->size());
  out->resize(size);
  return size != 0;
}

uint32_t DeflateCompressor::Crc32(std::string_view bytes) {
  return libdeflate_crc32(0, bytes.data(), bytes.size());
}

}  // namespace sdgen::compression
