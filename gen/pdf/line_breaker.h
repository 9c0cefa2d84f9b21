#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <vector>

#include "pdf/styled_text.h"

namespace sdgen::pdf {

/// One line of a paragraph: characters [begin, end) are drawn; trailing
/// spaces and the line feed that ended it are left out.
struct Line {
  size_t begin = 0;
  size_t end = 0;
  double width = 0;
};

/// Breaks styled text into lines at ICU line-break opportunities, measured
/// with the fonts' real advance widths. A word wider than the line is split
/// between grapheme clusters, and only then.
class LineBreaker {
 public:
  /// `bcp47` picks the language's line-breaking rules (ICU falls back to root).
  explicit LineBreaker(const std::string& bcp47);

  /// False with `*error` set when ICU could not create its iterators.
  bool Ok(std::string* error) const;
  /// The lines of `text` in `width` points; always at least one line.
  std::vector<Line> Break(const StyledText& text, double width);

 private:
  void SplitLongWord(const StyledText& text, size_t begin, size_t end, double width,
                     std::vector<Line>* lines);

  std::unique_ptr<icu::BreakIterator> lines_;
  std::unique_ptr<icu::BreakIterator> characters_;
  std::string error_;
};

}  // namespace sdgen::pdf
