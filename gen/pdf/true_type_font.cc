#include "pdf/true_type_font.h"

#include <algorithm>

#include "pdf/true_type_tables.h"

// Table layouts are in the OpenType specification's "cmap", "head", "hhea",
// "hmtx", "OS/2", "post" and "name" chapters.

namespace sdgen::pdf {
namespace {

int16_t ReadI16(std::string_view bytes, size_t at) {
  return static_cast<int16_t>(ReadU16(bytes, at));
}

// A format 4 subtable: segments of consecutive codes, each mapped by a delta
// or through the glyph id array that follows the segment arrays.
bool ReadFormat4(std::string_view table, std::vector<uint16_t>* glyph_of) {
  if (table.size() < 16) return false;
  size_t segments_x2 = ReadU16(table, 6);
  size_t ends = 14, starts = 16 + segments_x2, deltas = starts + segments_x2,
         offsets = deltas + segments_x2;
  if (offsets + segments_x2 > table.size()) return false;
  // Segments must ascend without overlapping, as the format requires; this
  // also keeps a crafted table from making the walk below quadratic.
  int64_t previous_end = -1;
  for (size_t k = 0; k < segments_x2; k += 2) {
    uint32_t end = ReadU16(table, ends + k), start = ReadU16(table, starts + k);
    if (start > end || static_cast<int64_t>(start) <= previous_end) return false;
    previous_end = end;
    uint16_t delta = ReadU16(table, deltas + k), range_offset = ReadU16(table, offsets + k);
    for (uint32_t code = start; code <= end; ++code) {
      uint32_t glyph = 0;
      if (range_offset == 0) {
        glyph = (code + delta) & 0xFFFF;
      } else {
        size_t at = offsets + k + range_offset + 2 * size_t{code - start};
        uint32_t listed = at + 2 <= table.size() ? ReadU16(table, at) : 0;
        glyph = listed == 0 ? 0 : (listed + delta) & 0xFFFF;
      }
      (*glyph_of)[code] = static_cast<uint16_t>(glyph);
    }
  }
  return true;
}

// A format 12 subtable: groups of consecutive codes and glyphs; the BMP part is kept.
bool ReadFormat12(std::string_view table, std::vector<uint16_t>* glyph_of) {
  if (table.size() < 16) return false;
  size_t groups = ReadU32(table, 12);
  if (groups > (table.size() - 16) / 12) return false;
  int64_t previous_end = -1;
  for (size_t g = 0; g < groups; ++g) {
    size_t at = 16 + 12 * g;
    uint32_t start = ReadU32(table, at), last = ReadU32(table, at + 4);
    uint32_t first_glyph = ReadU32(table, at + 8);
    if (start > last || static_cast<int64_t>(start) <= previous_end) return false;
    previous_end = last;
    for (uint32_t code = start; code <= std::min<uint32_t>(last, 0xFFFF); ++code) {
      uint32_t glyph = first_glyph + (code - start);
      (*glyph_of)[code] = glyph <= 0xFFFF ? static_cast<uint16_t>(glyph) : 0;
    }
  }
  return true;
}

// The Windows BMP map (3,1), as libharu read it, else a full Unicode map.
bool ReadCmap(std::string_view cmap, std::vector<uint16_t>* glyph_of) {
  if (cmap.size() < 4) return false;
  size_t count = ReadU16(cmap, 2);
  if (4 + 8 * count > cmap.size()) return false;
  std::string_view chosen;
  int chosen_rank = 0;
  for (size_t i = 0; i < count; ++i) {
    uint16_t platform = ReadU16(cmap, 4 + 8 * i), encoding = ReadU16(cmap, 6 + 8 * i);
    size_t offset = ReadU32(cmap, 8 + 8 * i);
    if (offset + 2 > cmap.size()) continue;
    uint16_t format = ReadU16(cmap, offset);
    int rank = (platform == 3 && encoding == 1 && format == 4)     ? 3
               : (platform == 3 && encoding == 10 && format == 12) ? 2
               : (platform == 0 && (format == 4 || format == 12))  ? 1
                                                                   : 0;
    if (rank > chosen_rank) chosen = cmap.substr(offset), chosen_rank = rank;
  }
  if (chosen_rank == 0) return false;
  glyph_of->assign(0x10000, 0);
  bool ok =
      ReadU16(chosen, 0) == 4 ? ReadFormat4(chosen, glyph_of) : ReadFormat12(chosen, glyph_of);
  // Surrogates are not characters; a font that maps them maps nothing drawable.
  std::fill(glyph_of->begin() + 0xD800, glyph_of->begin() + 0xE000, 0);
  return ok;
}

// Name ID 6 from a Windows (UTF-16BE) or Macintosh (Roman) record, kept to
// the characters a PDF name may hold without escapes.
std::string PostScriptName(std::string_view name) {
  if (name.size() < 6) return "Font";
  size_t count = ReadU16(name, 2), strings = ReadU16(name, 4);
  for (size_t i = 0; i < count && 6 + 12 * (i + 1) <= name.size(); ++i) {
    size_t record = 6 + 12 * i;
    uint16_t platform = ReadU16(name, record), id = ReadU16(name, record + 6);
    size_t length = ReadU16(name, record + 8), offset = strings + ReadU16(name, record + 10);
    if (id != 6 || (platform != 3 && platform != 1) || offset + length > name.size()) continue;
    std::string out;
    size_t step = platform == 3 ? 2 : 1;
    // PostScript names are at most 63 ASCII characters; a PDF name, 127 bytes.
    for (size_t at = offset; at + step <= offset + length && out.size() < 63; at += step) {
      bool ascii = step == 1 || name[at] == 0;
      char c = name[at + step - 1];
      if (ascii && c > ' ' && c < 0x7F &&
          std::string_view("()<>[]{}/%#").find(c) == std::string::npos) {
        out += c;
      }
    }
    if (!out.empty()) return out;
  }
  return "Font";
}

// The top of a glyph's outline (yMax of its glyf header), or `otherwise`.
int16_t GlyphTop(const TrueTypeTables& tables, uint16_t glyph, int16_t otherwise) {
  std::string_view head = TableOf(tables, "head"), loca = TableOf(tables, "loca"),
                   glyf = TableOf(tables, "glyf");
  bool long_loca = ReadU16(head, 50) == 1;
  size_t width = long_loca ? 4 : 2, entry = width * size_t{glyph};
  if (glyph == 0 || entry + 2 * width > loca.size()) return otherwise;
  auto offset = [&](size_t at) {
    return long_loca ? ReadU32(loca, at) : 2 * size_t{ReadU16(loca, at)};
  };
  size_t begin = offset(entry), end = offset(entry + width);
  // An empty glyph (a space) has no outline and so no header.
  return begin + 10 <= end && end <= glyf.size() ? ReadI16(glyf, begin + 8) : otherwise;
}

void ReadDescriptorMetrics(const TrueTypeTables& tables, TrueTypeFont* font) {
  std::string_view head = TableOf(tables, "head"), hhea = TableOf(tables, "hhea");
  font->bbox = {ReadI16(head, 36), ReadI16(head, 38), ReadI16(head, 40), ReadI16(head, 42)};
  font->ascent = ReadI16(hhea, 4);
  font->descent = ReadI16(hhea, 6);
  std::string_view os2 = TableOf(tables, "OS/2");
  if (os2.size() >= 90 && ReadU16(os2, 0) >= 2) {
    font->x_height = ReadI16(os2, 86);
    font->cap_height = ReadI16(os2, 88);
  } else {
    // Older OS/2 tables do not say; the tops of "H" and "x" do (as libharu measured them).
    font->cap_height = GlyphTop(tables, font->glyph_of['H'], font->ascent * 7 / 10);
    font->x_height = GlyphTop(tables, font->glyph_of['x'], font->ascent / 2);
  }
  std::string_view post = TableOf(tables, "post");
  if (post.size() >= 16) {
    font->italic_angle = static_cast<int32_t>(ReadU32(post, 4)) / 65536.0;
    font->fixed_pitch = ReadU32(post, 12) != 0;
  }
  font->postscript_name = PostScriptName(TableOf(tables, "name"));
}

}  // namespace

int TrueTypeFont::Advance1000(uint16_t glyph) const {
  if (advances.empty()) return 0;
  unsigned advance = advances[std::min<size_t>(glyph, advances.size() - 1)];
  return static_cast<int>(advance * 1000u / units_per_em);
}

bool ReadTrueTypeFont(std::string_view bytes, TrueTypeFont* font, std::string* error) {
  TrueTypeTables tables;
  if (!ReadTrueTypeTables(bytes, &tables, error)) return false;
  std::string_view head = TableOf(tables, "head"), hhea = TableOf(tables, "hhea"),
                   maxp = TableOf(tables, "maxp"), hmtx = TableOf(tables, "hmtx");
  if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6) {
    *error = "the font lacks one of the head, hhea and maxp tables";
    return false;
  }
  font->units_per_em = ReadU16(head, 18);
  size_t glyphs = ReadU16(maxp, 4), long_metrics = ReadU16(hhea, 34);
  if (font->units_per_em == 0 || long_metrics == 0 || long_metrics > glyphs ||
      hmtx.size() < 4 * long_metrics) {
    *error = "the font's head or hmtx table is malformed";
    return false;
  }
  // Glyphs past the last long metric share its advance.
  font->advances.resize(glyphs);
  for (size_t g = 0; g < glyphs; ++g) {
    font->advances[g] = ReadU16(hmtx, 4 * std::min(g, long_metrics - 1));
  }
  if (!ReadCmap(TableOf(tables, "cmap"), &font->glyph_of)) {
    *error = "the font has no Unicode character map sdgen can read";
    return false;
  }
  for (uint16_t& glyph : font->glyph_of) {
    if (glyph >= glyphs) glyph = 0;
  }
  ReadDescriptorMetrics(tables, font);
  return true;
}

}  // namespace sdgen::pdf
