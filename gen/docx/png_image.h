#pragma once

#include <cstdint>
#include <string>

namespace sdgen::docx {

/// An image's bytes (a PNG's, or a JPEG's kept as it is) and the facts
/// needed to size it on the page.
struct PngImage {
  std::string bytes;
  uint32_t width_px = 0;
  uint32_t height_px = 0;
  /// From the pHYs chunk when it gives metres; otherwise 96, as Word assumes.
  double dots_per_inch = 96;
  /// The natural size in points at `dots_per_inch`.
  double WidthPt() const { return width_px * 72.0 / dots_per_inch; }
  double HeightPt() const { return height_px * 72.0 / dots_per_inch; }
};

/// Checks the signature and reads IHDR (and pHYs if present); `name` is for
/// messages. `out->bytes` keeps only the chunks that draw the picture.
bool ParsePng(std::string bytes, const std::string& name, PngImage* out, std::string* error);

}  // namespace sdgen::docx
