#pragma once

// What an image file is, read from its bytes alone: PNG or JPEG, its pixel
// size and resolution, and, when sdgen cannot place it, why, in words for the
// person who chose it. The record's drawings, the style's logo and pictures
// and both writers ask here, so a file refused in one place is refused in
// all, before it reaches a library that would fail on it without saying why.

#include <cstdint>
#include <string>
#include <string_view>

namespace sdgen {

enum class ImageKind { kPng, kJpeg };

struct ImageFile {
  ImageKind kind = ImageKind::kPng;
  uint32_t width_px = 0;
  uint32_t height_px = 0;
  /// From PNG's pHYs or JPEG's JFIF density when they give one; otherwise 96.
  double dots_per_inch = 96;
  /// JPEG: 1 (grey) or 3 (colour).
  int components = 0;
  /// Empty when the image can be placed; otherwise what is wrong, as the end
  /// of a sentence about the file: "is an interlaced PNG: save it ...".
  std::string problem;
};

/// Reads the facts of `bytes`.
ImageFile ReadImageFile(std::string_view bytes);

/// The JPEG's bytes without the segments that only describe it (Exif, XMP,
/// comments, thumbnails), which may hold a camera's details or a place: an
/// image in a family's document carries only what draws it.
std::string JpegWithoutMetadata(std::string_view bytes);

/// The largest image file sdgen reads, in bytes.
inline constexpr uint64_t kLargestImageFile = 20u << 20;

}  // namespace sdgen
