#pragma once

// A TrueType font cut down to the glyphs a document draws, for embedding.
// libharu 2.3.0 embeds every table of the font whole except the outlines
// (80-150 KB per DejaVu face before compression, most of a PDF's bytes and
// of the time spent deflating them). This keeps only what a PDF viewer needs
// to draw glyphs by id: the outlines of the glyphs used (and of the
// components they are built from), renumbered from 0 with .notdef first,
// their metrics, and the hinting programs; the cmap, names and kerning go,
// since a CIDFontType2 reaches glyphs through its CIDToGIDMap.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen::pdf {

/// A subset font and where each kept glyph went.
struct TrueTypeSubset {
  std::string bytes;  ///< a complete TrueType file
  /// The new id of each glyph of the original font; 0 (.notdef) for glyphs left out.
  std::vector<uint16_t> new_glyph_id;
};

/// Subsets `font` (a TrueType file with glyf outlines) to `glyphs` plus
/// .notdef and every composite's components. False with `*error` set if the
/// font is malformed or its licence forbids embedding.
bool SubsetTrueType(std::string_view font, const std::set<uint16_t>& glyphs, TrueTypeSubset* out,
                    std::string* error);

}  // namespace sdgen::pdf
