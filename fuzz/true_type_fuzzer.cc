// The TrueType readers of the PDF writer over any bytes: the one that reads
// every font a style names (character map, metrics, widths) and, for a font
// it accepts, the subsetter that cuts it down to the glyphs a document draws.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "pdf/true_type_font.h"
#include "pdf/true_type_subset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sdgen::pdf::TrueTypeFont font;
  std::string error;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!sdgen::pdf::ReadTrueTypeFont(bytes, &font, &error)) return 0;
  std::set<uint16_t> drawn;
  for (uint16_t glyph : font.glyph_of) {
    if (glyph < font.advances.size()) font.Advance1000(glyph);
    if (glyph != 0 && drawn.size() < 16) drawn.insert(glyph);
  }
  sdgen::pdf::TrueTypeSubset subset;
  sdgen::pdf::SubsetTrueType(bytes, drawn, &subset, &error);
  return 0;
}
