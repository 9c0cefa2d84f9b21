#pragma once

// What sdgen needs to know of a TrueType font to lay text out and to write
// its PDF font dictionaries: the glyph of each BMP character, advances, and
// the few metrics a FontDescriptor carries. Read once per font file; libharu
// never sees the font, so it does not parse every face for every document.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen::pdf {

/// A TrueType font's character map and metrics, in font units unless named otherwise.
struct TrueTypeFont {
  uint16_t units_per_em = 1000;
  std::vector<uint16_t> glyph_of;  ///< by BMP code point; 0 where the font has none
  std::vector<uint16_t> advances;  ///< by glyph id
  int16_t ascent = 0;
  int16_t descent = 0;
  int16_t cap_height = 0;
  int16_t x_height = 0;
  std::array<int16_t, 4> bbox{};  ///< x min, y min, x max, y max
  double italic_angle = 0;
  bool fixed_pitch = false;
  std::string postscript_name;  ///< name ID 6, or "Font" when there is none

  /// The advance of `glyph` in thousandths of an em, rounded down as libharu
  /// and PDF viewers' width tables expect.
  int Advance1000(uint16_t glyph) const;
  /// `value` font units in thousandths of an em, rounded towards zero.
  int To1000(int value) const { return value * 1000 / units_per_em; }
};

/// Reads `bytes` as a TrueType font; false with `*error` set when it is not
/// one or has no Unicode character map.
bool ReadTrueTypeFont(std::string_view bytes, TrueTypeFont* font, std::string* error);

}  // namespace sdgen::pdf
