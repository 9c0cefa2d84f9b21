#pragma once

// The table directory of a TrueType file, and the big-endian reads its
// tables are made of; shared by the font reader and the subsetter. Callers
// check bounds before reading: a style may name any file as a font.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace sdgen::pdf {

/// The 16-bit big-endian value at `at`.
inline uint16_t ReadU16(std::string_view bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) << 8 |
                               static_cast<unsigned char>(bytes[at + 1]));
}

/// The 32-bit big-endian value at `at`.
inline uint32_t ReadU32(std::string_view bytes, size_t at) {
  return static_cast<uint32_t>(ReadU16(bytes, at)) << 16 | ReadU16(bytes, at + 2);
}

/// Each table's bytes by tag ("head", "OS/2"), as views into the file.
using TrueTypeTables = std::map<std::string, std::string_view>;

/// Reads the directory of a TrueType (glyf-outline) font; false with
/// `*error` set for anything else or a table outside the file.
bool ReadTrueTypeTables(std::string_view font, TrueTypeTables* tables, std::string* error);

/// The table `tag`, or an empty view.
std::string_view TableOf(const TrueTypeTables& tables, const char* tag);

}  // namespace sdgen::pdf
