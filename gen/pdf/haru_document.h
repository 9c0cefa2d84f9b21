#pragma once

// The one place that talks to libharu. It owns an HPDF_Doc, turns libharu's
// sticky error state into return values, and does what the 2.3.0 API cannot
// (through the internal object API shipped in libhpdf-dev): its own subset
// TrueType fonts with valid ToUnicode maps, PNG data passed through, UTF-16
// metadata strings, /Lang and /ID.

#include <hpdf.h>
#include <hpdf_font.h>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pdf/font_library.h"
#include "pdf/image_library.h"

namespace sdgen::pdf {

/// Document information written to the /Info dictionary.
struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;
  std::string producer;
  std::string created;  ///< ISO 8601 with offset; empty: no dates written
};

/// An HPDF_Doc with checked calls; neither copyable nor movable because
/// libharu holds a pointer to it for error reporting.
class HaruDocument {
 public:
  explicit HaruDocument(bool compress);
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  HPDF_Doc handle() const { return doc_.get(); }
  /// False once any libharu call has failed; `*error` then says which.
  bool Ok(std::string* error) const;

  /// The font for `face` in this document, made once; embedded and subset at Save.
  HPDF_Font Font(const FontFace& face);
  /// Records that `text` was drawn in `font`, for the font's tables at Save.
  void NoteDrawn(HPDF_Font font, const std::u16string& text);
  /// The name `page` knows `font` by in its resources ("F1"), adding it there.
  std::string ResourceName(HPDF_Page page, HPDF_Font font);
  /// Appends operators written by a ContentStream to `page`'s contents.
  bool AppendContent(HPDF_Page page, const std::string& operators);
  /// An image, loaded once per document: a JPEG as it is; a PNG's compressed
  /// data as it is when the PDF can take it so, otherwise decoded by libharu.
  HPDF_Image Image(const std::string& key, const LoadedImage& image);

  /// A PDF text string (UTF-16BE with byte order mark) for dictionaries.
  HPDF_Binary TextString(const std::string& utf8);
  /// Fills /Info with UTF-16 strings and the record's date.
  bool SetInfo(const DocumentInfo& info);
  /// Sets /Lang and asks viewers to show the title rather than the file name.
  bool SetLanguage(const std::string& bcp47);
  /// Adds the XMP packet as the catalog's /Metadata stream, uncompressed so
  /// that any tool can read it.
  bool SetMetadata(const std::string& xmp);
  /// Writes the trailer /ID, derived from content rather than the clock.
  bool SetDocumentId(const std::array<uint8_t, 16>& id);
  /// Writes everything out, first filling in each font for the codes drawn
  /// with it: widths, CIDToGIDMap, ToUnicode map and the subset program.
  bool Save(std::string* pdf_bytes, std::string* error);

 private:
  struct Failure {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
  };
  static void OnError(HPDF_STATUS code, HPDF_STATUS detail, void* user_data);
  // No failure so far, whether libharu reported it or only recorded it.
  bool Healthy() const;
  HPDF_Dict NewStream(const std::string& bytes);
  HPDF_Dict Descriptor(const TrueTypeFont& metrics, const std::string& name,
                       const std::string& program);
  bool WriteFont(const FontFace& face, HPDF_Font font, size_t index, std::string* error);
  HPDF_Image PngUnchanged(const LoadedImage& png);

  bool compress_;
  Failure failure_;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc_;
  std::map<const FontFace*, HPDF_Font> fonts_;
  // The same fonts in the order they were made, which is the order their
  // embedded programs are written: never the order of pointers, which differs
  // between runs and would change the file.
  std::vector<std::pair<const FontFace*, HPDF_Font>> fonts_in_order_;
  // What each font's dictionary points at for libharu; a deque, so they never move.
  std::deque<HPDF_FontAttr_Rec> font_attributes_;
  std::map<std::string, HPDF_Image> images_;
  // Ordered by HPDF_Font only to look up; the maps are written per font.
  std::map<HPDF_Font, std::set<char16_t>> used_;
};

}  // namespace sdgen::pdf
