#include "pdf/cid_font_tables.h"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>

namespace sdgen::pdf {

NotdefCmapScope::NotdefCmapScope(HPDF_FontDef def)
    : cmap_(&static_cast<HPDF_TTFontDefAttr>(def->attr)->cmap), saved_(*cmap_) {
  cmap_->format = 4;
  cmap_->seg_count_x2 = 2;
  cmap_->end_count = &end_;
  cmap_->start_count = &start_;
  cmap_->id_delta = &delta_;
  cmap_->id_range_offset = &range_offset_;
}

NotdefCmapScope::~NotdefCmapScope() { *cmap_ = saved_; }

bool WriteCidFontTables(HPDF_Font font, const std::set<char16_t>& codes,
                        const std::vector<uint16_t>& new_glyph_id) {
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_Dict cid_font = attr->descendant_font;
  auto* widths = static_cast<HPDF_Array>(HPDF_Dict_GetItem(cid_font, "W", HPDF_OCLASS_ARRAY));
  if (widths == nullptr) return false;
  HPDF_Array_Clear(widths);

  // The map is indexed by CID, so it must reach the highest code drawn.
  size_t map_size = codes.empty() ? 2 : 2 * (static_cast<size_t>(*codes.rbegin()) + 1);
  std::string map(map_size, '\0');
  const HPDF_INT16 default_width = attr->fontdef->missing_width;
  HPDF_Array run = nullptr;
  int previous = -2;
  for (char16_t code : codes) {
    HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(attr->fontdef, code);
    uint16_t subset_gid = gid < new_glyph_id.size() ? new_glyph_id[gid] : 0;
    map[2 * code] = static_cast<char>(subset_gid >> 8);
    map[2 * code + 1] = static_cast<char>(subset_gid & 0xFF);
    HPDF_INT16 width = HPDF_TTFontDef_GetGidWidth(attr->fontdef, gid);
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

  // libharu made no map (it would for an embedded font, for all 65,536 codes).
  HPDF_Dict map_dict = HPDF_DictStream_New(cid_font->mmgr, attr->xref);
  if (map_dict == nullptr || HPDF_Dict_Add(cid_font, "CIDToGIDMap", map_dict) != HPDF_OK ||
      HPDF_Stream_Write(map_dict->stream, reinterpret_cast<const HPDF_BYTE*>(map.data()),
                        static_cast<HPDF_UINT>(map.size())) != HPDF_OK) {
    return false;
  }
  // The font's before-write hook gives the map the document's compression.
  attr->map_stream = map_dict;
  return true;
}

}  // namespace sdgen::pdf
