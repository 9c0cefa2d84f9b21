#include "pdf/line_breaker.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>

namespace sdgen::pdf {
namespace {

bool IsSpace(char16_t unit) { return unit == ' ' || unit == 0x3000; }

// The end of [begin, end) with trailing spaces and line feeds dropped.
size_t VisibleEnd(const std::u16string& units, size_t begin, size_t end) {
  while (end > begin && (IsSpace(units[end - 1]) || units[end - 1] == '\n')) --end;
  return end;
}

}  // namespace

LineBreaker::LineBreaker(const std::string& bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    locale = icu::Locale::getRoot();
  }
  lines_.reset(icu::BreakIterator::createLineInstance(locale, status));
  characters_.reset(icu::BreakIterator::createCharacterInstance(locale, status));
  if (U_FAILURE(status)) error_ = std::string("ICU break iterator: ") + u_errorName(status);
}

bool LineBreaker::Ok(std::string* error) const {
  if (error_.empty()) return true;
  *error = error_;
  return false;
}

void LineBreaker::SplitLongWord(const StyledText& text, size_t begin, size_t end, double width,
                                std::vector<Line>* lines) {
  const std::u16string& units = text.units();
  icu::UnicodeString word(false, reinterpret_cast<const UChar*>(units.data() + begin),
                          static_cast<int32_t>(end - begin));
  characters_->setText(word);
  size_t start = begin;
  size_t last_fit = begin;
  for (int32_t b = characters_->next(); b != icu::BreakIterator::DONE; b = characters_->next()) {
    size_t at = begin + static_cast<size_t>(b);
    if (text.Width(start, VisibleEnd(units, start, at)) > width && last_fit > start) {
      lines->push_back({start, last_fit, text.Width(start, last_fit)});
      start = last_fit;
    }
    last_fit = at;
  }
  if (start < end) {
    size_t visible = VisibleEnd(units, start, end);
    lines->push_back({start, visible, text.Width(start, visible)});
  }
}

std::vector<Line> LineBreaker::Break(const StyledText& text, double width) {
  std::vector<Line> lines;
  const std::u16string& units = text.units();
  icu::UnicodeString whole(false, reinterpret_cast<const UChar*>(units.data()),
                           static_cast<int32_t>(units.size()));
  lines_->setText(whole);
  size_t line_start = 0;
  size_t segment_start = 0;
  bool open = false;  // the current line holds at least one segment
  for (int32_t b = lines_->next(); b != icu::BreakIterator::DONE; b = lines_->next()) {
    size_t at = static_cast<size_t>(b);
    bool hard = lines_->getRuleStatus() >= UBRK_LINE_HARD && at > 0 && units[at - 1] == '\n';
    size_t visible = VisibleEnd(units, line_start, at);
    if (open && text.Width(line_start, visible) > width) {
      size_t previous = VisibleEnd(units, line_start, segment_start);
      lines.push_back({line_start, previous, text.Width(line_start, previous)});
      line_start = segment_start;
      open = false;
    }
    if (!open && text.Width(segment_start, VisibleEnd(units, segment_start, at)) > width) {
      SplitLongWord(text, segment_start, at, width, &lines);
      // The last piece of the word starts the next line, so it can take more words.
      Line tail = lines.back();
      lines.pop_back();
      line_start = tail.begin;
    }
    open = true;
    segment_start = at;
    if (hard) {
      size_t end = VisibleEnd(units, line_start, at);
      lines.push_back({line_start, end, text.Width(line_start, end)});
      line_start = at;
      open = false;
    }
  }
  if (open || lines.empty() || line_start < units.size()) {
    size_t end = VisibleEnd(units, line_start, units.size());
    lines.push_back({line_start, end, text.Width(line_start, end)});
  }
  return lines;
}

}  // namespace sdgen::pdf
