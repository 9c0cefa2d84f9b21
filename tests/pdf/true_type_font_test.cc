// The font reader against libharu's own reading of the same files: sdgen
// measured text through libharu until it read fonts itself, so every glyph
// and every width must come out as libharu gives them, or lines would break
// in new places.

#include "pdf/true_type_font.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace sdgen::pdf {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST_CASE("glyphs and widths of every BMP character are libharu's") {
  for (const char* path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf",
                           "/usr/share/fonts/truetype/andika/Andika-Regular.ttf"}) {
    INFO(path);
    TrueTypeFont font;
    std::string error;
    REQUIRE(ReadTrueTypeFont(ReadFile(path), &font, &error));
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(
        HPDF_New(nullptr, nullptr), &HPDF_Free);
    const char* name = HPDF_LoadTTFontFromFile(doc.get(), path, HPDF_FALSE);
    REQUIRE(name != nullptr);
    HPDF_FontDef def = HPDF_Doc_FindFontDef(doc.get(), name);
    REQUIRE(def != nullptr);
    int differ = 0;
    for (uint32_t code = 0; code < 0x10000; ++code) {
      if (code >= 0xD800 && code <= 0xDFFF) continue;
      auto unicode = static_cast<HPDF_UINT16>(code);
      uint16_t glyph = HPDF_TTFontDef_GetGlyphid(def, unicode);
      bool same =
          font.glyph_of[code] == glyph &&
          (glyph == 0 || font.Advance1000(glyph) == HPDF_TTFontDef_GetCharWidth(def, unicode));
      if (!same && differ++ < 3) FAIL_CHECK("U+" << std::hex << code);
    }
    CHECK(differ == 0);
    CHECK(font.Advance1000(0) == HPDF_TTFontDef_GetGidWidth(def, 0));
  }
}

TEST_CASE("a font's names and descriptor metrics are read") {
  TrueTypeFont font;
  std::string error;
  // The figures libharu wrote into the FontDescriptor of DejaVu Sans.
  REQUIRE(
      ReadTrueTypeFont(ReadFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), &font, &error));
  CHECK(font.postscript_name == "DejaVuSans");
  CHECK(font.units_per_em == 2048);
  CHECK(font.To1000(font.ascent) == 928);
  CHECK(font.To1000(font.descent) == -235);
  CHECK(font.To1000(font.cap_height) == 729);
  CHECK(font.To1000(font.x_height) == 546);
  CHECK(font.italic_angle == 0);
  CHECK_FALSE(font.fixed_pitch);
  REQUIRE(ReadTrueTypeFont(ReadFile("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
                           &font, &error));
  CHECK(font.postscript_name == "DejaVuSans-Oblique");
  CHECK(font.italic_angle < -5);
  CHECK_FALSE(ReadTrueTypeFont("not a font at all", &font, &error));
  CHECK(error == "only TrueType fonts with glyf outlines can be embedded");
}

}  // namespace
}  // namespace sdgen::pdf
