#pragma once

// Font files and their advance widths, read once and shared by every document
// a PdfWriter renders. libharu ties a loaded font to one HPDF_Doc, so the bytes
// are kept here and handed to each new document from memory, and layout
// measures text from the width table without any HPDF_Doc at all.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sdgen::pdf {

/// Advance widths of one font, in thousandths of the font size.
struct FontMetrics {
  /// Marks a character the font has no glyph for.
  static constexpr int16_t kNoGlyph = -1;
  std::vector<int16_t> widths;  ///< indexed by BMP code point
  int notdef_advance = 0;       ///< drawn for a missing glyph
};

/// One TrueType file: its bytes and the advance width of every BMP character.
class FontFace {
 public:
  FontFace(std::string path, std::string bytes, FontMetrics metrics);

  const std::string& path() const { return path_; }
  /// The whole file, as read from disk.
  const std::string& bytes() const { return bytes_; }
  /// True when the font draws `code_point` (BMP only; libharu cannot address more).
  bool HasGlyph(char32_t code_point) const;
  /// Advance in thousandths of the font size, exactly as libharu computes it.
  int Advance(char32_t code_point) const;

 private:
  std::string path_;
  std::string bytes_;
  FontMetrics metrics_;
};

/// Loads each font file once and keeps it for the lifetime of the library.
class FontLibrary {
 public:
  /// The face for `path`, loading it on first use; null with `*error` set on failure.
  const FontFace* Load(const std::string& path, std::string* error);

 private:
  std::map<std::string, std::unique_ptr<FontFace>> faces_;
};

}  // namespace sdgen::pdf
