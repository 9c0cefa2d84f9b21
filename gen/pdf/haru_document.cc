#include "pdf/haru_document.h"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "compression/deflate_compressor.h"
#include "pdf/cid_font_tables.h"
#include "pdf/deflated_streams.h"
#include "pdf/pdf_date.h"
#include "pdf/to_unicode_cmap.h"
#include "pdf/true_type_subset.h"

namespace sdgen::pdf {
namespace {

// Subset fonts are named with a six-letter tag unique within the document
// (PDF 9.6.4); the n-th font made gets the n-th tag, AAAAAA, AAAAAB, ...
std::string FontTag(size_t index) {
  std::string tag(6, 'A');
  for (int i = 5; i >= 0 && index > 0; --i, index /= 26)
    tag[i] = static_cast<char>('A' + index % 26);
  return tag;
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

}  // namespace

HaruDocument::HaruDocument(bool compress)
    : compress_(compress), doc_(HPDF_New(&OnError, &failure_), &HPDF_Free) {
  if (!doc_) {
    failure_.code = HPDF_FAILD_TO_ALLOC_MEM;
    return;
  }
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

bool HaruDocument::Healthy() const {
  return failure_.code == HPDF_OK && (!doc_ || HPDF_GetError(handle()) == HPDF_OK);
}

bool HaruDocument::Ok(std::string* error) const {
  Failure failure = failure_;
  // libharu's object calls record an error without calling the handler.
  if (failure.code == HPDF_OK && doc_) {
    failure = {HPDF_GetError(handle()), HPDF_GetErrorDetail(handle())};
  }
  if (failure.code == HPDF_OK) return true;
  char text[64];
  std::snprintf(text, sizeof text, "libharu error 0x%04X (detail %u)",
                static_cast<unsigned>(failure.code), static_cast<unsigned>(failure.detail));
  *error = text;
  return false;
}

// A font dictionary to draw with now and to fill in at Save, when the codes
// drawn are known. It is ours, not libharu's: HPDF_GetFont parses the whole
// font again for every document and walks all 65,536 BMP codes, twice.
HPDF_Font HaruDocument::Font(const FontFace& face) {
  auto found = fonts_.find(&face);
  if (found != fonts_.end()) return found->second;
  HPDF_Font font = HPDF_Dict_New(handle()->mmgr);
  if (font == nullptr || HPDF_Xref_Add(handle()->xref, font) != HPDF_OK) return nullptr;
  // What HPDF_Page_SetFontAndSize reads: the font class and a writing mode.
  font->header.obj_class |= HPDF_OSUBCLASS_FONT;
  font_attributes_.emplace_back();
  font_attributes_.back().writing_mode = HPDF_WMODE_HORIZONTAL;
  font_attributes_.back().type = HPDF_FONT_TYPE0_TT;
  font->attr = &font_attributes_.back();
  fonts_.emplace(&face, font);
  fonts_in_order_.emplace_back(&face, font);
  return font;
}

HPDF_Image HaruDocument::Image(const std::string& key, const LoadedImage& file) {
  auto found = images_.find(key);
  if (found != images_.end()) return found->second;
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(file.bytes.data());
  const auto size = static_cast<HPDF_UINT>(file.bytes.size());
  HPDF_Image image = file.jpeg               ? HPDF_LoadJpegImageFromMem(handle(), bytes, size)
                     : file.embeds_unchanged ? PngUnchanged(file)
                                             : HPDF_LoadPngImageFromMem(handle(), bytes, size);
  // A failed image must fail the document, not leave a gap on the page.
  if (image == nullptr) OnError(HPDF_INVALID_IMAGE, 0, &failure_);
  images_.emplace(key, image);
  return image;
}

// An image XObject holding the PNG's own zlib data, read through a PNG
// predictor (PDF 7.4.4.4). libharu writes a stream either raw, dropping any
// /Filter, or deflated again; the filter is written by this dictionary's own
// write hook, and the stream goes out raw.
HPDF_Image HaruDocument::PngUnchanged(const LoadedImage& png) {
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
  return Healthy() ? image : nullptr;
}

void HaruDocument::NoteDrawn(HPDF_Font font, const std::u16string& text) {
  std::set<char16_t>& used = used_[font];
  used.insert(text.begin(), text.end());
}

std::string HaruDocument::ResourceName(HPDF_Page page, HPDF_Font font) {
  const char* name = HPDF_Page_GetLocalFontName(page, font);
  if (name == nullptr) {
    OnError(HPDF_PAGE_FONT_NOT_FOUND, 0, &failure_);
    return "F0";
  }
  return name;
}

bool HaruDocument::AppendContent(HPDF_Page page, const std::string& operators) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                        static_cast<HPDF_UINT>(operators.size())) == HPDF_OK) {
    return true;
  }
  OnError(HPDF_INVALID_STREAM, 0, &failure_);  // the document fails rather than lose a line
  return false;
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
  return Healthy();
}

bool HaruDocument::SetLanguage(const std::string& bcp47) {
  HPDF_Dict_Add(handle()->catalog, "Lang", HPDF_String_New(handle()->mmgr, bcp47.c_str(), nullptr));
  // Screen readers announce the window title; the file name says nothing.
  HPDF_Dict preferences = HPDF_Dict_New(handle()->mmgr);
  if (preferences == nullptr) return false;
  HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(handle()->catalog, "ViewerPreferences", preferences);
  return Healthy();
}

bool HaruDocument::SetMetadata(const std::string& xmp) {
  HPDF_Dict stream = HPDF_DictStream_New(handle()->mmgr, handle()->xref);
  if (stream == nullptr) return false;
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                    static_cast<HPDF_UINT>(xmp.size()));
  HPDF_Dict_AddName(stream, "Type", "Metadata");
  HPDF_Dict_AddName(stream, "Subtype", "XML");
  HPDF_Dict_Add(handle()->catalog, "Metadata", stream);
  return Healthy();
}

bool HaruDocument::SetDocumentId(const std::array<uint8_t, 16>& id) {
  HPDF_Array pair = HPDF_Array_New(handle()->mmgr);
  if (pair == nullptr) return false;
  HPDF_Dict_Add(handle()->trailer, "ID", pair);
  std::array<uint8_t, 16> copy = id;
  // Both halves equal: the file has never been updated since it was made.
  HPDF_Array_Add(pair, HPDF_Binary_New(handle()->mmgr, copy.data(), 16));
  HPDF_Array_Add(pair, HPDF_Binary_New(handle()->mmgr, copy.data(), 16));
  return Healthy();
}

// A stream object of this document, compressed if the document is.
HPDF_Dict HaruDocument::NewStream(const std::string& bytes) {
  HPDF_Dict stream = HPDF_DictStream_New(handle()->mmgr, handle()->xref);
  if (stream == nullptr) return nullptr;
  HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                    static_cast<HPDF_UINT>(bytes.size()));
  stream->filter = compress_ ? HPDF_STREAM_FILTER_FLATE_DECODE : HPDF_STREAM_FILTER_NONE;
  return stream;
}

// The FontDescriptor of a subset font, with its program as FontFile2.
HPDF_Dict HaruDocument::Descriptor(const TrueTypeFont& metrics, const std::string& name,
                                   const std::string& program) {
  HPDF_MMgr mmgr = handle()->mmgr;
  HPDF_Dict descriptor = HPDF_Dict_New(mmgr);
  HPDF_Dict file = NewStream(program);
  HPDF_Box box{};
  if (descriptor == nullptr || file == nullptr ||
      HPDF_Xref_Add(handle()->xref, descriptor) != HPDF_OK) {
    return nullptr;
  }
  HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program.size()));
  box.left = static_cast<HPDF_REAL>(metrics.To1000(metrics.bbox[0]));
  box.bottom = static_cast<HPDF_REAL>(metrics.To1000(metrics.bbox[1]));
  box.right = static_cast<HPDF_REAL>(metrics.To1000(metrics.bbox[2]));
  box.top = static_cast<HPDF_REAL>(metrics.To1000(metrics.bbox[3]));
  // Nonsymbolic (32): the font's glyphs are those of the standard Latin set;
  // italic (64) and fixed pitch (1) as the font says.
  int flags = 32 | (metrics.italic_angle != 0 ? 64 : 0) | (metrics.fixed_pitch ? 1 : 0);
  HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  HPDF_Dict_AddName(descriptor, "FontName", name.c_str());
  HPDF_Dict_AddNumber(descriptor, "Flags", flags);
  HPDF_Dict_Add(descriptor, "FontBBox", HPDF_Box_Array_New(mmgr, box));
  HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(metrics.italic_angle));
  HPDF_Dict_AddNumber(descriptor, "Ascent", metrics.To1000(metrics.ascent));
  HPDF_Dict_AddNumber(descriptor, "Descent", metrics.To1000(metrics.descent));
  HPDF_Dict_AddNumber(descriptor, "CapHeight", metrics.To1000(metrics.cap_height));
  HPDF_Dict_AddNumber(descriptor, "XHeight", metrics.To1000(metrics.x_height));
  // TrueType fonts do not record a stem width; 0 says "unknown".
  HPDF_Dict_AddNumber(descriptor, "StemV", 0);
  HPDF_Dict_Add(descriptor, "FontFile2", file);
  return descriptor;
}

// Fills in `font` as a Type0 font over one CIDFontType2, whose CIDs are the
// BMP code points drawn (Identity-H), mapped to the glyphs of a subset.
bool HaruDocument::WriteFont(const FontFace& face, HPDF_Font font, size_t index,
                             std::string* error) {
  const std::set<char16_t>& codes = used_[font];
  const TrueTypeFont& metrics = face.font();
  std::set<uint16_t> glyphs;
  for (char16_t code : codes) glyphs.insert(metrics.glyph_of[code]);
  TrueTypeSubset subset;
  if (!SubsetTrueType(face.bytes(), glyphs, &subset, error)) {
    *error = "cannot embed font '" + face.path() + "': " + *error;
    return false;
  }
  HPDF_MMgr mmgr = handle()->mmgr;
  std::string name = FontTag(index) + "+" + metrics.postscript_name;
  HPDF_Dict cid_font = HPDF_Dict_New(mmgr);
  HPDF_Dict system = HPDF_Dict_New(mmgr);
  HPDF_Array descendants = HPDF_Array_New(mmgr);
  HPDF_Dict descriptor = Descriptor(metrics, name, subset.bytes);
  HPDF_Dict to_unicode = NewStream(BuildToUnicodeCMap(codes));
  if (cid_font == nullptr || system == nullptr || descendants == nullptr || descriptor == nullptr ||
      to_unicode == nullptr || HPDF_Xref_Add(handle()->xref, cid_font) != HPDF_OK) {
    *error = "cannot write the tables of font '" + face.path() + "'";
    return false;
  }
  HPDF_Dict_AddName(font, "Type", "Font");
  HPDF_Dict_AddName(font, "Subtype", "Type0");
  HPDF_Dict_AddName(font, "BaseFont", name.c_str());
  HPDF_Dict_AddName(font, "Encoding", "Identity-H");
  HPDF_Array_Add(descendants, cid_font);
  HPDF_Dict_Add(font, "DescendantFonts", descendants);
  HPDF_Dict_Add(font, "ToUnicode", to_unicode);
  HPDF_Dict_AddName(cid_font, "Type", "Font");
  HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  HPDF_Dict_AddName(cid_font, "BaseFont", name.c_str());
  HPDF_Dict_Add(system, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
  HPDF_Dict_Add(system, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr));
  HPDF_Dict_AddNumber(system, "Supplement", 0);
  HPDF_Dict_Add(cid_font, "CIDSystemInfo", system);
  HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor);
  HPDF_Dict map = NewStream(CidToGidMap(metrics, codes, subset.new_glyph_id));
  if (map == nullptr || !WriteCidWidths(cid_font, metrics, codes)) {
    *error = "cannot write the tables of font '" + face.path() + "'";
    return false;
  }
  HPDF_Dict_Add(cid_font, "CIDToGIDMap", map);
  return Healthy();
}

bool HaruDocument::Save(std::string* pdf_bytes, std::string* error) {
  if (!Ok(error)) return false;
  for (size_t i = 0; i < fonts_in_order_.size(); ++i) {
    std::string font_error;
    if (!WriteFont(*fonts_in_order_[i].first, fonts_in_order_[i].second, i, &font_error)) {
      if (Ok(error)) *error = font_error;
      return false;
    }
  }
  compression::DeflateCompressor compressor;  // one for all of this document's streams
  if (compress_ && !DeflateStreams(handle(), compressor)) {
    *error = "cannot compress the PDF's streams";
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
