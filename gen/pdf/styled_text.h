#pragma once

// Text ready to measure and break: one entry per UTF-16 code unit, each with
// the face that will draw it. Characters beyond the BMP are replaced before
// they get here, so code units and characters are the same thing.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "pdf/font_set.h"
#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// How a stretch of text looks.
struct TextStyle {
  Typeface typeface = Typeface::kBody;
  bool bold = false;
  bool italic = false;
  double size_pt = 11;
  uint32_t colour = 0;
};

/// What text could not be drawn faithfully; reported once per document.
class GlyphIssues {
 public:
  void NoteMissing(char32_t code_point) { missing_.insert(code_point); }
  void NoteOutsideBmp(char32_t code_point) { outside_bmp_.insert(code_point); }
  void NoteRightToLeft(char32_t code_point) { right_to_left_.insert(code_point); }
  /// Adds warnings PDF001 (missing glyph), PDF002 (emoji etc.), PDF003 (right-to-left).
  void Report(DiagnosticList& diagnostics) const;

 private:
  std::set<char32_t> missing_;
  std::set<char32_t> outside_bmp_;
  std::set<char32_t> right_to_left_;
};

/// A paragraph's characters with their faces, styles and running widths.
class StyledText {
 public:
  /// Appends UTF-8 `text` in `style`, choosing a face per character.
  void Append(const std::string& text, const TextStyle& style, const FontSet& fonts,
              GlyphIssues* issues);

  const std::u16string& units() const { return units_; }
  size_t size() const { return units_.size(); }
  /// Width in points of characters [begin, end).
  double Width(size_t begin, size_t end) const { return offsets_[end] - offsets_[begin]; }
  /// The largest font size among characters [begin, end); the first style if empty.
  double LargestSize(size_t begin, size_t end) const;
  /// Characters [begin, end) as a line starting at `x` on `baseline`.
  TextLine Slice(size_t begin, size_t end, double x, double baseline) const;

 private:
  void Push(char16_t unit, const FontFace* face, size_t style);

  std::u16string units_;
  std::vector<const FontFace*> faces_;
  std::vector<uint16_t> style_of_;
  std::vector<TextStyle> styles_;
  std::vector<double> offsets_ = {0.0};  // offsets_[i]: width of units [0, i)
};

}  // namespace sdgen::pdf
