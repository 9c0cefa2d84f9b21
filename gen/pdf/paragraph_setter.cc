#include "pdf/paragraph_setter.h"

namespace sdgen::pdf {

std::vector<SetLine> ParagraphSetter::SetStyled(const StyledText& text, double x, double width) {
  std::vector<SetLine> set;
  for (const Line& line : breaker_.Break(text, width)) {
    double size = text.LargestSize(line.begin, line.end);
    double height = size * line_spacing_;
    // Centres the em box in the line; 0.33 em lifts the baseline to where
    // DejaVu's and Andika's ascenders and descenders balance.
    double baseline = height / 2 + size * 0.33;
    set.push_back({text.Slice(line.begin, line.end, x, baseline), height});
    // A line that ended at a space or a line break keeps one space at its
    // end: invisible on the page, but text read from the structure (a screen
    // reader) or copied would otherwise join the last word to the next line's.
    const std::u16string& units = text.units();
    bool broke_at_space = line.end < units.size() &&
                          (units[line.end] == u' ' || units[line.end] == u'\n');
    if (broke_at_space && !set.back().line.fragments.empty()) {
      set.back().line.fragments.back().text += u' ';
    }
  }
  return set;
}

std::vector<SetLine> ParagraphSetter::Set(const std::vector<doc::Run>& runs,
                                          const TextStyle& base, double x, double width) {
  StyledText text;
  for (const doc::Run& run : runs) {
    TextStyle style = base;
    style.bold = base.bold || run.bold;
    style.italic = base.italic || run.italic;
    text.Append(run.text, style, fonts_, &issues_);
  }
  if (runs.empty()) text.Append("", base, fonts_, &issues_);
  return SetStyled(text, x, width);
}

std::vector<SetLine> ParagraphSetter::Set(const std::string& text, const TextStyle& base,
                                          double x, double width) {
  StyledText styled;
  styled.Append(text, base, fonts_, &issues_);
  return SetStyled(styled, x, width);
}

double ParagraphSetter::Measure(const std::string& text, const TextStyle& style) {
  StyledText styled;
  styled.Append(text, style, fonts_, &issues_);
  return styled.Width(0, styled.size());
}

}  // namespace sdgen::pdf
