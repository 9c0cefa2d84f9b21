#include "pdf/styled_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>

namespace sdgen::pdf {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

std::string CodePointName(char32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
  return text;
}

std::string CodePointList(const std::set<char32_t>& cps) {
  std::string list;
  size_t shown = 0;
  for (char32_t cp : cps) {
    if (shown++ == 8) {
      list += ", ...";
      break;
    }
    if (!list.empty()) list += ", ";
    list += CodePointName(cp);
  }
  return list;
}

bool IsRightToLeft(char32_t cp) {
  UCharDirection direction = u_charDirection(static_cast<UChar32>(cp));
  return direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
}

icu::UnicodeString Normalised(const std::string& text) {
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return source;
  icu::UnicodeString result = nfc->normalize(source, status);
  return U_FAILURE(status) ? source : result;
}

}  // namespace

void GlyphIssues::Report(DiagnosticList& diagnostics) const {
  if (!missing_.empty()) {
    diagnostics.Warning({}, "PDF001",
                        "no font of the style has a glyph for " + CodePointList(missing_) +
                            "; it prints as an empty box",
                        "add a fallback font that covers these characters to the style");
  }
  if (!outside_bmp_.empty()) {
    diagnostics.Warning({}, "PDF002",
                        "characters outside the basic multilingual plane (such as emoji) " +
                            CodePointList(outside_bmp_) + " cannot be drawn; printed as U+FFFD",
                        "replace the emoji with words");
  }
  if (!right_to_left_.empty()) {
    diagnostics.Warning({}, "PDF003",
                        "right-to-left text (" + CodePointList(right_to_left_) +
                            ") is printed left to right without shaping",
                        "check the printed text with a reader of the language");
  }
}

void StyledText::Push(char16_t unit, const FontFace* face, size_t style) {
  units_.push_back(unit);
  faces_.push_back(face);
  style_of_.push_back(static_cast<uint16_t>(style));
  offsets_.push_back(offsets_.back() + face->Advance(unit) * styles_[style].size_pt / 1000.0);
}

void StyledText::Append(const std::string& text, const TextStyle& style, const FontSet& fonts,
                        GlyphIssues* issues) {
  styles_.push_back(style);
  size_t style_index = styles_.size() - 1;
  const FontFace* primary = fonts.Face(style.typeface, style.bold, style.italic);
  const FontFace* fallback = fonts.Fallback(style.bold, style.italic);
  icu::UnicodeString normalised = Normalised(text);
  for (int32_t i = 0; i < normalised.length(); i = normalised.moveIndex32(i, 1)) {
    char32_t cp = static_cast<char32_t>(normalised.char32At(i));
    if (cp == '\t') cp = ' ';
    if (cp == '\r' || (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp < 0xA0)) continue;
    if (cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      issues->NoteOutsideBmp(cp);
      cp = kReplacement;
    }
    if (IsRightToLeft(cp)) issues->NoteRightToLeft(cp);
    const FontFace* face = primary;
    if (cp != '\n' && !primary->HasGlyph(cp)) {
      if (fallback != nullptr && fallback->HasGlyph(cp)) {
        face = fallback;
      } else {
        issues->NoteMissing(cp);
      }
    }
    Push(static_cast<char16_t>(cp), face, style_index);
  }
}

double StyledText::LargestSize(size_t begin, size_t end) const {
  double size = styles_.empty() ? 0 : styles_.front().size_pt;
  if (begin < end) size = 0;
  for (size_t i = begin; i < end; ++i) size = std::max(size, styles_[style_of_[i]].size_pt);
  return size;
}

TextLine StyledText::Slice(size_t begin, size_t end, double x, double baseline) const {
  TextLine line;
  line.x = x;
  line.baseline = baseline;
  for (size_t i = begin; i < end; ++i) {
    if (units_[i] == '\n') continue;
    const TextStyle& style = styles_[style_of_[i]];
    bool same = !line.fragments.empty() && line.fragments.back().face == faces_[i] &&
                line.fragments.back().size_pt == style.size_pt &&
                line.fragments.back().colour == style.colour;
    if (!same) {
      line.fragments.push_back({faces_[i], style.size_pt, style.colour, {}, Width(begin, i)});
    }
    line.fragments.back().text.push_back(units_[i]);
  }
  return line;
}

}  // namespace sdgen::pdf
