#include "pdf/haru_document.h"

#include <hpdf_doc.h>
#include <hpdf_error.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "pdf/cid_font_tables.h"
#include "pdf/pdf_date.h"
#include "pdf/to_unicode_cmap.h"
#include "pdf/true_type_subset.h"

namespace sdgen::pdf {
namespace {

// libharu reads a font through a stream; this one reads the caller's bytes
// where they are. A memory stream would first copy the whole file in with a
// byte-at-a-time loop, for every face of every document.
HPDF_STATUS ReadFont(HPDF_Stream stream, HPDF_BYTE* into, HPDF_UINT* size) {
  auto* reader = static_cast<FontReader*>(stream->attr);
  size_t left = reader->bytes.size() - reader->position;
  size_t count = std::min<size_t>(*size, left);
  std::memcpy(into, reader->bytes.data() + reader->position, count);
  reader->position += count;
  if (count < *size) {
    *size = static_cast<HPDF_UINT>(count);
    return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
  }
  return HPDF_OK;
}

HPDF_STATUS SeekFont(HPDF_Stream stream, HPDF_INT position, HPDF_WhenceMode mode) {
  auto* reader = static_cast<FontReader*>(stream->attr);
  long base = mode == HPDF_SEEK_SET   ? 0
              : mode == HPDF_SEEK_CUR ? static_cast<long>(reader->position)
                                      : static_cast<long>(reader->bytes.size());
  long target = base + position;
  if (target < 0 || target > static_cast<long>(reader->bytes.size())) {
    return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
  }
  reader->position = static_cast<size_t>(target);
  return HPDF_OK;
}

HPDF_INT32 TellFont(HPDF_Stream stream) {
  return static_cast<HPDF_INT32>(static_cast<FontReader*>(stream->attr)->position);
}

HPDF_UINT32 FontSize(HPDF_Stream stream) {
  return static_cast<HPDF_UINT32>(static_cast<FontReader*>(stream->attr)->bytes.size());
}

// The sequence LoadTTFontFromFile runs, fed from memory instead of a path.
// Embedding is off for libharu: with it on, libharu writes a 128 KB
// CIDToGIDMap for every font of every document, byte by byte. The map and
// the font program are written at Save, by WriteCidFontTables and EmbedSubset.
HPDF_FontDef LoadFontDef(HPDF_Doc doc, FontReader* reader) {
  HPDF_Stream stream =
      HPDF_CallbackReader_New(doc->mmgr, &ReadFont, &SeekFont, &TellFont, &FontSize, reader);
  if (stream == nullptr) return nullptr;
  // The font definition owns the stream from here on, failure included.
  return HPDF_TTFontDef_Load(doc->mmgr, stream, HPDF_FALSE);
}

// Subset fonts need a six-letter tag unique within the document (PDF 9.6.4).
void NextFontTag(HPDF_Doc doc, char tag[7]) {
  if (doc->ttfont_tag[0] == 0) {
    for (int i = 0; i < 6; ++i) doc->ttfont_tag[i] = static_cast<HPDF_BYTE>("HPDFAA"[i]);
  } else {
    for (int i = 5; i >= 0; --i) {
      doc->ttfont_tag[i] = doc->ttfont_tag[i] == 'Z' ? 'A' : doc->ttfont_tag[i] + 1;
      if (doc->ttfont_tag[i] != 'A') break;
    }
  }
  for (int i = 0; i < 6; ++i) tag[i] = static_cast<char>(doc->ttfont_tag[i]);
  tag[6] = 0;
}

std::string Utf16BigEndian(const std::string& utf8) {
  std::string out = "\xFE\xFF";
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp = c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra > 0) cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    }
    i += extra + 1;
    auto put = [&out](char32_t unit) {
      out.push_back(static_cast<char>(unit >> 8));
      out.push_back(static_cast<char>(unit & 0xFF));
    };
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

// The advance width of every BMP character the font has, in thousandths of
// an em, as HPDF_TTFontDef_GetCharWidth gives them. That call searches the
// cmap's segments linearly (twice) per character; walking a format 4 cmap's
// segments once, in code-point order, gives the same table in one pass.
void MeasureCmap(HPDF_FontDef def, FontMetrics* metrics) {
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  const HPDF_TTF_CmapRange& cmap = attr->cmap;
  const unsigned segments = cmap.seg_count_x2 / 2u;
  unsigned segment = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    while (segment < segments && cp > cmap.end_count[segment]) ++segment;
    if (segment == segments) break;
    if (cmap.start_count[segment] > cp) continue;
    unsigned glyph;
    if (cmap.id_range_offset[segment] == 0) {
      glyph = (cp + static_cast<unsigned>(cmap.id_delta[segment])) & 0xFFFFu;
    } else {
      unsigned index = cmap.id_range_offset[segment] / 2u + (cp - cmap.start_count[segment]) -
                       (segments - segment);
      glyph = index > cmap.glyph_id_array_count ? 0 : cmap.glyph_id_array[index];
    }
    if (glyph == 0) continue;
    // Glyphs past the last long metric share its advance (TrueType hmtx rule).
    unsigned advance =
        attr->h_metric[std::min<unsigned>(glyph, attr->num_h_metric - 1u)].advance_width;
    metrics->widths[cp] = static_cast<int16_t>(advance * 1000u / attr->header.units_per_em);
  }
}

}  // namespace

bool HaruDocument::MeasureFont(const std::string& bytes, FontMetrics* metrics, std::string* error) {
  FontReader reader{bytes, 0};  // outlives the scratch document, which reads it
  HaruDocument scratch(false);
  HPDF_FontDef def = LoadFontDef(scratch.handle(), &reader);
  if (def == nullptr || !scratch.Ok(error)) {
    if (def == nullptr && error->empty()) *error = "not a TrueType font libharu can read";
    return false;
  }
  metrics->widths.assign(0x10000, FontMetrics::kNoGlyph);
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  if (attr->cmap.format == 4 && attr->num_h_metric > 0) {
    MeasureCmap(def, metrics);
  } else {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      if (HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(cp)) == 0) continue;
      metrics->widths[cp] = HPDF_TTFontDef_GetCharWidth(def, static_cast<HPDF_UINT16>(cp));
    }
  }
  metrics->notdef_advance = HPDF_TTFontDef_GetGidWidth(def, 0);
  HPDF_FontDef_Free(def);
  return scratch.Ok(error);
}

HaruDocument::HaruDocument(bool compress)
    : compress_(compress), doc_(HPDF_New(&OnError, &failure_), &HPDF_Free) {
  if (!doc_) {
    failure_.code = HPDF_FAILD_TO_ALLOC_MEM;
    return;
  }
  HPDF_UseUTFEncodings(handle());
  HPDF_SetCurrentEncoder(handle(), "UTF-8");
  HPDF_SetCompressionMode(handle(), compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
}

void HaruDocument::OnError(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  auto* failure = static_cast<Failure*>(user_data);
  // Keep the first failure: later ones are usually its consequences.
  if (failure->code == HPDF_OK) {
    failure->code = code;
    failure->detail = detail;
  }
}

bool HaruDocument::Ok(std::string* error) const {
  if (failure_.code == HPDF_OK) return true;
  char text[64];
  std::snprintf(text, sizeof text, "libharu error 0x%04X (detail %u)",
                static_cast<unsigned>(failure_.code), static_cast<unsigned>(failure_.detail));
  *error = text;
  return false;
}

HPDF_Font HaruDocument::Font(const FontFace& face) {
  auto found = fonts_.find(&face);
  if (found != fonts_.end()) return found->second;
  readers_.push_back({face.bytes(), 0});
  HPDF_FontDef def = LoadFontDef(handle(), &readers_.back());
  if (def == nullptr) return nullptr;
  if (HPDF_Doc_RegisterFontDef(handle(), def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    return nullptr;
  }
  char tag[7];
  NextFontTag(handle(), tag);
  HPDF_TTFontDef_SetTagName(def, tag);
  HPDF_Font font;
  {
    // Its tables are written for the codes drawn, at Save.
    NotdefCmapScope cheap_tables(def);
    font = HPDF_GetFont(handle(), def->base_font, "UTF-8");
  }
  fonts_.emplace(&face, font);
  fonts_in_order_.emplace_back(&face, font);
  return font;
}

HPDF_Image HaruDocument::Png(const std::string& key, const PngFile& png) {
  auto found = images_.find(key);
  if (found != images_.end()) return found->second;
  HPDF_Image image =
      png.embeds_unchanged
          ? PngUnchanged(png)
          : HPDF_LoadPngImageFromMem(handle(), reinterpret_cast<const HPDF_BYTE*>(png.bytes.data()),
                                     static_cast<HPDF_UINT>(png.bytes.size()));
  images_.emplace(key, image);
  return image;
}

// An image XObject holding the PNG's own zlib data, read through a PNG
// predictor (PDF 7.4.4.4). libharu writes a stream either raw, dropping any
// /Filter, or deflated again; the filter is written by this dictionary's own
// write hook, and the stream goes out raw.
HPDF_Image HaruDocument::PngUnchanged(const PngFile& png) {
  HPDF_MMgr mmgr = handle()->mmgr;
  HPDF_Dict image = HPDF_DictStream_New(mmgr, handle()->xref);
  HPDF_Dict parameters = HPDF_Dict_New(mmgr);
  if (image == nullptr || parameters == nullptr) return nullptr;
  image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
  HPDF_Dict_AddName(image, "Type", "XObject");
  HPDF_Dict_AddName(image, "Subtype", "Image");
  HPDF_Dict_AddNumber(image, "Width", png.width);
  HPDF_Dict_AddNumber(image, "Height", png.height);
  HPDF_Dict_AddNumber(image, "BitsPerComponent", png.bit_depth);
  if (png.colour_type == 3) {
    HPDF_Array indexed = HPDF_Array_New(mmgr);
    if (indexed == nullptr) return nullptr;
    HPDF_Array_AddName(indexed, "Indexed");
    HPDF_Array_AddName(indexed, "DeviceRGB");
    HPDF_Array_AddNumber(indexed, static_cast<HPDF_INT32>(png.palette.size() / 3) - 1);
    std::string palette = png.palette;
    HPDF_Array_Add(indexed, HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(palette.data()),
                                            static_cast<HPDF_UINT>(palette.size())));
    HPDF_Dict_Add(image, "ColorSpace", indexed);
  } else {
    HPDF_Dict_AddName(image, "ColorSpace", png.colour_type == 2 ? "DeviceRGB" : "DeviceGray");
  }
  HPDF_Dict_AddNumber(parameters, "Predictor", 15);
  HPDF_Dict_AddNumber(parameters, "Colors", png.colour_type == 2 ? 3 : 1);
  HPDF_Dict_AddNumber(parameters, "BitsPerComponent", png.bit_depth);
  HPDF_Dict_AddNumber(parameters, "Columns", png.width);
  HPDF_Dict_Add(image, "DecodeParms", parameters);
  HPDF_Stream_Write(image->stream, reinterpret_cast<const HPDF_BYTE*>(png.data.data()),
                    static_cast<HPDF_UINT>(png.data.size()));
  image->filter = HPDF_STREAM_FILTER_NONE;
  image->write_fn = [](HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
  };
  return failure_.code == HPDF_OK ? image : nullptr;
}

// Writes the Tj operator itself. HPDF_Page_ShowText would first measure every
// character through the font's cmap (a linear search of its segments) to
// track a text position sdgen never reads: a fifth of the time of a PDF.
bool HaruDocument::ShowText(HPDF_Page page, HPDF_Font font, const std::u16string& text) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (text.empty()) return true;
  if (attr->gmode != HPDF_GMODE_TEXT_OBJECT || attr->gstate->font != font) {
    // A painter bug, not bad input: make the document fail rather than lose text.
    OnError(HPDF_PAGE_FONT_NOT_FOUND, 0, &failure_);
    return false;
  }
  static const char kHex[] = "0123456789ABCDEF";
  std::string operation = "<";
  std::set<char16_t>& used = used_[font];
  for (char16_t unit : text) {
    used.insert(unit);
    for (int shift = 12; shift >= 0; shift -= 4) operation += kHex[(unit >> shift) & 0xF];
  }
  operation += "> Tj\012";
  return HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operation.data()),
                           static_cast<HPDF_UINT>(operation.size())) == HPDF_OK;
}

HPDF_Binary HaruDocument::TextString(const std::string& utf8) {
  std::string utf16 = Utf16BigEndian(utf8);
  return HPDF_Binary_New(handle()->mmgr, reinterpret_cast<HPDF_BYTE*>(utf16.data()),
                         static_cast<HPDF_UINT>(utf16.size()));
}

bool HaruDocument::SetInfo(const DocumentInfo& info) {
  // Creates the /Info dictionary; the value is replaced below.
  HPDF_SetInfoAttr(handle(), HPDF_INFO_PRODUCER, "sdgen");
  HPDF_Date date;
  if (!info.created.empty() && ParsePdfDate(info.created, &date)) {
    HPDF_SetInfoDateAttr(handle(), HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(handle(), HPDF_INFO_MOD_DATE, date);
  }
  const std::pair<const char*, const std::string*> entries[] = {
      {"Title", &info.title},       {"Author", &info.author},   {"Subject", &info.subject},
      {"Keywords", &info.keywords}, {"Creator", &info.creator}, {"Producer", &info.producer}};
  for (const auto& [key, value] : entries) {
    if (value->empty() || handle()->info == nullptr) continue;
    HPDF_Dict_Add(handle()->info, key, TextString(*value));
  }
  return failure_.code == HPDF_OK;
}

bool HaruDocument::SetLanguage(const std::string& bcp47) {
  HPDF_Dict_Add(handle()->catalog, "Lang", HPDF_String_New(handle()->mmgr, bcp47.c_str(), nullptr));
  // Screen readers announce the window title; the file name says nothing.
  HPDF_Dict preferences = HPDF_Dict_New(handle()->mmgr);
  if (preferences == nullptr) return false;
  HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(handle()->catalog, "ViewerPreferences", preferences);
  return failure_.code == HPDF_OK;
}

bool HaruDocument::SetDocumentId(const std::array<uint8_t, 16>& id) {
  HPDF_Array pair = HPDF_Array_New(handle()->mmgr);
  if (pair == nullptr) return false;
  HPDF_Dict_Add(handle()->trailer, "ID", pair);
  std::array<uint8_t, 16> copy = id;
  // Both halves equal: the file has never been updated since it was made.
  HPDF_Array_Add(pair, HPDF_Binary_New(handle()->mmgr, copy.data(), 16));
  HPDF_Array_Add(pair, HPDF_Binary_New(handle()->mmgr, copy.data(), 16));
  return failure_.code == HPDF_OK;
}

// Gives `font` a FontDescriptor whose FontFile2 is `program`. libharu makes
// the descriptor, with the whole font in it, only if the font has none yet.
bool HaruDocument::EmbedSubset(HPDF_Font font, const std::string& program) {
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef def = attr->fontdef;
  auto* def_attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  HPDF_Dict descriptor = HPDF_Dict_New(font->mmgr);
  HPDF_Dict file = HPDF_DictStream_New(font->mmgr, attr->xref);
  if (descriptor == nullptr || file == nullptr) return false;
  HPDF_Stream_Write(file->stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                    static_cast<HPDF_UINT>(program.size()));
  HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program.size()));
  file->filter = compress_ ? HPDF_STREAM_FILTER_FLATE_DECODE : HPDF_STREAM_FILTER_NONE;
  HPDF_Xref_Add(attr->xref, descriptor);
  HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  HPDF_Dict_AddName(descriptor, "FontName", def_attr->base_font);
  HPDF_Dict_AddNumber(descriptor, "Flags", static_cast<HPDF_INT32>(def->flags));
  HPDF_Dict_Add(descriptor, "FontBBox", HPDF_Box_Array_New(font->mmgr, def->font_bbox));
  HPDF_Dict_AddNumber(descriptor, "ItalicAngle", def->italic_angle);
  HPDF_Dict_AddNumber(descriptor, "Ascent", def->ascent);
  HPDF_Dict_AddNumber(descriptor, "Descent", def->descent);
  // Required by the PDF specification, and left out by libharu.
  HPDF_Dict_AddNumber(descriptor, "CapHeight", def->cap_height);
  HPDF_Dict_AddNumber(descriptor, "XHeight", def->x_height);
  HPDF_Dict_AddNumber(descriptor, "StemV", def->stemv);
  HPDF_Dict_Add(descriptor, "FontFile2", file);
  def->descriptor = descriptor;
  return failure_.code == HPDF_OK;
}

bool HaruDocument::ReplaceFontTables(std::string* error) {
  for (const auto& [face, font] : fonts_in_order_) {
    const std::set<char16_t>& codes = used_[font];
    HPDF_FontDef def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
    std::set<uint16_t> glyphs;
    for (char16_t code : codes) glyphs.insert(HPDF_TTFontDef_GetGlyphid(def, code));
    TrueTypeSubset subset;
    if (!SubsetTrueType(face->bytes(), glyphs, &subset, error)) {
      *error = "cannot embed font '" + face->path() + "': " + *error;
      return false;
    }
    if (!WriteCidFontTables(font, codes, subset.new_glyph_id) || !EmbedSubset(font, subset.bytes)) {
      *error = "cannot write the tables of font '" + face->path() + "'";
      return false;
    }
  }
  for (const auto& [font, code_units] : used_) {
    auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (cmap == nullptr) return false;
    std::string text = BuildToUnicodeCMap(code_units);
    HPDF_Stream fresh = HPDF_MemStream_New(cmap->mmgr, static_cast<HPDF_UINT>(text.size()));
    if (fresh == nullptr) return false;
    HPDF_Stream_Write(fresh, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                      static_cast<HPDF_UINT>(text.size()));
    HPDF_Stream_Free(cmap->stream);
    cmap->stream = fresh;
  }
  return failure_.code == HPDF_OK;
}

bool HaruDocument::Save(std::string* pdf_bytes, std::string* error) {
  if (!Ok(error)) return false;
  std::string font_error;
  if (!ReplaceFontTables(&font_error)) {
    if (!font_error.empty()) {
      *error = font_error;
    } else if (Ok(error)) {
      *error = "cannot write the widths and maps of a font";
    }
    return false;
  }
  HPDF_SaveToStream(handle());
  if (!Ok(error)) return false;
  HPDF_UINT32 size = HPDF_GetStreamSize(handle());
  pdf_bytes->resize(size);
  HPDF_UINT32 read = size;
  HPDF_ReadFromStream(handle(), reinterpret_cast<HPDF_BYTE*>(pdf_bytes->data()), &read);
  if (read != size) {
    *error = "libharu returned a short PDF stream";
    return false;
  }
  // ReadFromStream reports end-of-stream as an error once the buffer is drained.
  HPDF_ResetError(handle());
  failure_ = Failure{};
  return true;
}

}  // namespace sdgen::pdf
