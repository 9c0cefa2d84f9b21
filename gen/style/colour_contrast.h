#pragma once

// Colour contrast as WCAG 2.2 defines it (success criterion 1.4.3): the
// relative luminance of an sRGB colour and the ratio of two of them.

#include <string>

namespace sdgen {

/// Relative luminance of `rrggbb` (six hexadecimal digits), 0 for black to 1 for white.
double RelativeLuminance(const std::string& rrggbb);

/// (lighter + 0.05) / (darker + 0.05), from 1 (the same) to 21 (black on white).
double ContrastRatio(const std::string& first, const std::string& second);

/// Whether text of `size_pt` is large in WCAG's sense: 18 pt, or 14 pt bold.
bool IsLargeText(double size_pt, bool bold);

/// The contrast WCAG 2.2 AA asks of text: 3:1 when large, 4.5:1 otherwise.
double MinimumContrast(double size_pt, bool bold);

/// `rrggbb` darkened evenly, step by step, until it reaches `ratio` on
/// `background`: the nearest colour of the same hue that passes.
std::string DarkenedToContrast(const std::string& rrggbb, const std::string& background,
                               double ratio);

}  // namespace sdgen
