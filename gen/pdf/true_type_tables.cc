#include "pdf/true_type_tables.h"

namespace sdgen::pdf {

bool ReadTrueTypeTables(std::string_view font, TrueTypeTables* tables, std::string* error) {
  if (font.size() < 12) {
    *error = "the font file is too short";
    return false;
  }
  uint32_t version = ReadU32(font, 0);
  if (version != 0x00010000 && version != 0x74727565 /* 'true' */) {
    *error = "only TrueType fonts with glyf outlines can be embedded";
    return false;
  }
  uint16_t count = ReadU16(font, 4);
  if (font.size() < 12 + 16 * size_t{count}) {
    *error = "the font's table directory is cut short";
    return false;
  }
  for (size_t i = 0; i < count; ++i) {
    size_t entry = 12 + 16 * i;
    size_t offset = ReadU32(font, entry + 8), length = ReadU32(font, entry + 12);
    if (offset > font.size() || length > font.size() - offset) {
      *error = "a table of the font lies outside the file";
      return false;
    }
    (*tables)[std::string(font.substr(entry, 4))] = font.substr(offset, length);
  }
  return true;
}

std::string_view TableOf(const TrueTypeTables& tables, const char* tag) {
  auto found = tables.find(tag);
  return found == tables.end() ? std::string_view() : found->second;
}

}  // namespace sdgen::pdf
