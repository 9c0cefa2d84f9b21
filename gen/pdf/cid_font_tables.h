#pragma once

// libharu 2.3.0 gives every UTF-8 TrueType font a /W array and a CIDToGIDMap
// for all 65,536 BMP codes: it looks up each code in the font's cmap when the
// font is created (a linear search per code) and deflates a 128 KB map when
// it saves. Most of a PDF's time and size went there. These helpers make the
// creation cheap and then write both tables for the codes actually drawn.

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include <cstdint>
#include <set>
#include <vector>

namespace sdgen::pdf {

/// While alive, makes `def` map every code to the missing glyph, so that
/// HPDF_GetFont builds empty tables in constant time per code. The font's
/// own cmap is back once this is destroyed, before anything is drawn.
class NotdefCmapScope {
 public:
  explicit NotdefCmapScope(HPDF_FontDef def);
  NotdefCmapScope(const NotdefCmapScope&) = delete;
  NotdefCmapScope& operator=(const NotdefCmapScope&) = delete;
  ~NotdefCmapScope();

 private:
  HPDF_TTF_CmapRange* cmap_;
  HPDF_TTF_CmapRange saved_;
  // The cmap terminator segment alone: end = start = 0xFFFF, delta 1.
  HPDF_UINT16 end_ = 0xFFFF;
  HPDF_UINT16 start_ = 0xFFFF;
  HPDF_INT16 delta_ = 1;
  HPDF_UINT16 range_offset_ = 0;
};

/// Rewrites the /W array and the CIDToGIDMap of a font made by HaruDocument
/// to cover exactly `codes` (the UTF-16 code units drawn with it, which are its
/// CIDs), mapping them to the glyph ids of the embedded subset (`new_glyph_id`,
/// indexed by the original font's glyph id). False if libharu fails.
bool WriteCidFontTables(HPDF_Font font, const std::set<char16_t>& codes,
                        const std::vector<uint16_t>& new_glyph_id);

}  // namespace sdgen::pdf
