#pragma once

// The tables of a CIDFontType2 whose CIDs are the BMP code points drawn
// (what Identity-H makes of two-byte codes): the widths (/W, /DW) and the
// CIDToGIDMap into the embedded subset. Both cover only the codes drawn; a
// table for all 65,536 codes would be most of a small PDF.

#include <hpdf.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "pdf/true_type_font.h"

namespace sdgen::pdf {

/// Adds /DW (the .notdef advance) and /W for `codes` to `cid_font`; false if libharu fails.
bool WriteCidWidths(HPDF_Dict cid_font, const TrueTypeFont& font, const std::set<char16_t>& codes);

/// The CIDToGIDMap stream's bytes: the subset glyph of each code, two bytes
/// per CID up to the highest code drawn. `new_glyph_id` is indexed by the
/// font's own glyph ids.
std::string CidToGidMap(const TrueTypeFont& font, const std::set<char16_t>& codes,
                        const std::vector<uint16_t>& new_glyph_id);

}  // namespace sdgen::pdf
