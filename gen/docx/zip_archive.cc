#include "docx/zip_archive.h"

#include <limits>

namespace sdgen::docx {
namespace {

constexpr uint16_t kVersionNeeded = 20;  // 2.0: deflate
constexpr uint16_t kUtf8Names = 0x0800;  // general purpose bit 11
constexpr uint16_t kDeflated = 8;

void Put16(std::string* out, uint16_t value) {
  out->push_back(static_cast<char>(value & 0xFF));
  out->push_back(static_cast<char>(value >> 8));
}

void Put32(std::string* out, uint32_t value) {
  Put16(out, static_cast<uint16_t>(value & 0xFFFF));
  Put16(out, static_cast<uint16_t>(value >> 16));
}

}  // namespace

bool ZipArchive::Add(std::string_view name, std::string_view bytes, std::string* error) {
  constexpr size_t kLimit = std::numeric_limits<uint32_t>::max();
  if (!compressor_.Raw(bytes, &compressed_)) {
    *error = "cannot compress '" + std::string(name) + "' for the package";
    return false;
  }
  if (bytes.size() >= kLimit || local_.size() >= kLimit - compressed_.size() - 64 ||
      name.size() > 0xFFFF || entries_ == 0xFFFF) {
    *error = "'" + std::string(name) + "' makes the package too large for a zip without ZIP64";
    return false;
  }
  const uint32_t crc = compression::DeflateCompressor::Crc32(bytes);
  const auto offset = static_cast<uint32_t>(local_.size());
  // The fields the local header and the central directory entry share.
  std::string common;
  Put16(&common, kVersionNeeded);
  Put16(&common, kUtf8Names);
  Put16(&common, kDeflated);
  Put16(&common, dos_time_);
  Put16(&common, dos_date_);
  Put32(&common, crc);
  Put32(&common, static_cast<uint32_t>(compressed_.size()));
  Put32(&common, static_cast<uint32_t>(bytes.size()));
  Put16(&common, static_cast<uint16_t>(name.size()));
  Put16(&common, 0);  // extra field length

  Put32(&local_, 0x04034b50);
  local_ += common;
  local_ += name;
  local_ += compressed_;

  Put32(&central_, 0x02014b50);
  Put16(&central_, kVersionNeeded);  // made by: MS-DOS attributes, version 2.0
  central_ += common;
  Put16(&central_, 0);  // comment length
  Put16(&central_, 0);  // disk number
  Put16(&central_, 0);  // internal attributes
  Put32(&central_, 0);  // external attributes
  Put32(&central_, offset);
  central_ += name;
  ++entries_;
  return true;
}

std::string ZipArchive::Finish() {
  std::string archive = std::move(local_);
  const auto directory_offset = static_cast<uint32_t>(archive.size());
  archive += central_;
  Put32(&archive, 0x06054b50);
  Put16(&archive, 0);  // this disk
  Put16(&archive, 0);  // the disk the directory starts on
  Put16(&archive, entries_);
  Put16(&archive, entries_);
  Put32(&archive, static_cast<uint32_t>(central_.size()));
  Put32(&archive, directory_offset);
  Put16(&archive, 0);  // comment length
  local_.clear();
  central_.clear();
  entries_ = 0;
  return archive;
}

}  // namespace sdgen::docx
