#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "pdf/line_breaker.h"
#include "pdf/styled_text.h"

namespace sdgen::pdf {

/// A set line of text: `line.baseline` is relative to the top of its own box.
struct SetLine {
  TextLine line;
  double height = 0;
};

/// Turns runs of text into measured, broken lines in the document's look.
class ParagraphSetter {
 public:
  ParagraphSetter(const FontSet& fonts, LineBreaker& breaker, GlyphIssues& issues,
                  double line_spacing)
      : fonts_(fonts), breaker_(breaker), issues_(issues), line_spacing_(line_spacing) {}

  /// Lines of `runs` in `width` points from `x`; run bold/italic add to `base`.
  std::vector<SetLine> Set(const std::vector<doc::Run>& runs, const TextStyle& base, double x,
                           double width);
  /// Lines of plain `text`.
  std::vector<SetLine> Set(const std::string& text, const TextStyle& base, double x,
                           double width);
  /// Width in points of `text` on one line.
  double Measure(const std::string& text, const TextStyle& style);

 private:
  std::vector<SetLine> SetStyled(const StyledText& text, double x, double width);

  const FontSet& fonts_;
  LineBreaker& breaker_;
  GlyphIssues& issues_;
  double line_spacing_;
};

}  // namespace sdgen::pdf
