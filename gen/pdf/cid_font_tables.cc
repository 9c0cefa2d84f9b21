#include "pdf/cid_font_tables.h"

#include <hpdf_objects.h>

namespace sdgen::pdf {

bool WriteCidWidths(HPDF_Dict cid_font, const TrueTypeFont& font, const std::set<char16_t>& codes) {
  const int default_width = font.Advance1000(0);
  HPDF_Array widths = HPDF_Array_New(cid_font->mmgr);
  if (widths == nullptr || HPDF_Dict_AddNumber(cid_font, "DW", default_width) != HPDF_OK ||
      HPDF_Dict_Add(cid_font, "W", widths) != HPDF_OK) {
    return false;
  }
  HPDF_Array run = nullptr;
  int previous = -2;
  for (char16_t code : codes) {
    int width = font.Advance1000(font.glyph_of[code]);
    if (width == default_width) {
      previous = -2;
      continue;
    }
    // /W lists runs "c [w1 w2 ...]" of consecutive CIDs; /DW covers the rest.
    if (code != previous + 1) {
      run = HPDF_Array_New(cid_font->mmgr);
      if (run == nullptr || HPDF_Array_AddNumber(widths, code) != HPDF_OK ||
          HPDF_Array_Add(widths, run) != HPDF_OK) {
        return false;
      }
    }
    if (HPDF_Array_AddNumber(run, width) != HPDF_OK) return false;
    previous = code;
  }
  return true;
}

std::string CidToGidMap(const TrueTypeFont& font, const std::set<char16_t>& codes,
                        const std::vector<uint16_t>& new_glyph_id) {
  // The map is indexed by CID, so it must reach the highest code drawn.
  size_t size = codes.empty() ? 2 : 2 * (static_cast<size_t>(*codes.rbegin()) + 1);
  std::string map(size, '\0');
  for (char16_t code : codes) {
    uint16_t glyph = font.glyph_of[code];
    uint16_t subset_glyph = glyph < new_glyph_id.size() ? new_glyph_id[glyph] : 0;
    map[2 * code] = static_cast<char>(subset_glyph >> 8);
    map[2 * code + 1] = static_cast<char>(subset_glyph & 0xFF);
  }
  return map;
}

}  // namespace sdgen::pdf
