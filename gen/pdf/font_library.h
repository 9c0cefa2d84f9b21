#pragma once

// Font files and their advance widths, read once and shared by every document
// a PdfWriter renders. libharu ties a loaded font to one HPDF_Doc, so the bytes
// are kept here and handed to each new document from memory, and layout
// measures text from the width table without any HPDF_Doc at all.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pdf/true_type_font.h"

namespace sdgen::pdf {

/// One TrueType file: its bytes, its character map and metrics, and the
/// advance width of every BMP character, laid out in a table for layout.
class FontFace {
 public:
  FontFace(std::string path, std::string bytes, TrueTypeFont font);

  const std::string& path() const { return path_; }
  /// The whole file, as read from disk.
  const std::string& bytes() const { return bytes_; }
  /// The font's character map and metrics.
  const TrueTypeFont& font() const { return font_; }
  /// True when the font draws `code_point` (BMP only; PDF text here is two-byte codes).
  bool HasGlyph(char32_t code_point) const {
    return code_point < 0x10000 && font_.glyph_of[code_point] != 0;
  }
  /// Advance in thousandths of the font size, as the PDF's width table gives it.
  int Advance(char32_t code_point) const {
    return code_point < 0x10000 ? widths_[code_point] : widths_[0];
  }

 private:
  std::string path_;
  std::string bytes_;
  TrueTypeFont font_;
  std::vector<int32_t> widths_;  // by BMP code point; .notdef's where there is no glyph
};

/// Loads each font file once and keeps it for the lifetime of the library.
/// Writers on several threads may share one: a face never changes once
/// loaded, and loading is serialised.
class FontLibrary {
 public:
  /// The face for `path`, loading it on first use; null with `*error` set on failure.
  const FontFace* Load(const std::string& path, std::string* error);

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<FontFace>> faces_;
};

}  // namespace sdgen::pdf
