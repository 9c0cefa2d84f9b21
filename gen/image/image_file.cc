#include "image/image_file.h"

namespace sdgen {
namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

uint32_t BigEndian(std::string_view bytes, size_t at, size_t count) {
  uint32_t value = 0;
  for (size_t i = at; i < at + count; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

ImageFile Refused(std::string problem) {
  ImageFile file;
  file.problem = std::move(problem);
  return file;
}

// The chunks in order; libharu and PDF take what PNG allows, but not
// interlacing (libharu fails with error 0x1043) or a palette image with no
// palette.
ImageFile ReadPng(std::string_view bytes) {
  if (bytes.size() < 33 || bytes.substr(12, 4) != "IHDR" || BigEndian(bytes, 8, 4) != 13)
    return Refused("is a damaged PNG: its header is missing");
  ImageFile file;
  file.kind = ImageKind::kPng;
  file.width_px = BigEndian(bytes, 16, 4);
  file.height_px = BigEndian(bytes, 20, 4);
  int depth = static_cast<unsigned char>(bytes[24]);
  int colour = static_cast<unsigned char>(bytes[25]);
  bool interlaced = bytes[28] != 0;
  bool palette = false, pixels = false;
  for (size_t at = 8; at + 12 <= bytes.size();) {
    size_t length = BigEndian(bytes, at, 4);
    if (length > bytes.size() - at - 12) return Refused("is a damaged PNG: it ends inside a chunk");
    std::string_view type = bytes.substr(at + 4, 4);
    if (type == "PLTE") palette = true;
    if (type == "IDAT") pixels = true;
    if (type == "pHYs" && length >= 9 && bytes[at + 16] == 1) {
      uint32_t per_metre = BigEndian(bytes, at + 8, 4);
      if (per_metre > 0) file.dots_per_inch = per_metre * 0.0254;
    }
    if (type == "IEND") break;
    at += 12 + length;
  }
  bool depth_ok = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
  bool colour_ok = colour == 0 || colour == 2 || colour == 3 || colour == 4 || colour == 6;
  if (file.width_px == 0 || file.height_px == 0 || !depth_ok || !colour_ok || !pixels)
    return Refused("is a damaged PNG: it has no pixels sdgen can read");
  if (colour == 3 && !palette) return Refused("is a damaged PNG: its colours (PLTE) are missing");
  if (interlaced)
    return Refused("is an interlaced PNG, which PDFs cannot hold as it is: save it again "
                   "without interlacing");
  return file;
}

// Markers up to the first frame header (SOF), which gives the size.
ImageFile ReadJpeg(std::string_view bytes) {
  ImageFile file;
  file.kind = ImageKind::kJpeg;
  for (size_t at = 2; at + 4 <= bytes.size();) {
    if (static_cast<unsigned char>(bytes[at]) != 0xFF) break;
    unsigned marker = static_cast<unsigned char>(bytes[at + 1]);
    if (marker == 0xFF) {
      ++at;
      continue;
    }
    size_t length = BigEndian(bytes, at + 2, 2);
    if (length < 2 || at + 2 + length > bytes.size()) break;
    if (marker == 0xE0 && length >= 16 && bytes.substr(at + 4, 5) == std::string_view("JFIF\0", 5)) {
      unsigned units = static_cast<unsigned char>(bytes[at + 11]);
      uint32_t density = BigEndian(bytes, at + 12, 2);
      if (density > 0 && units == 1) file.dots_per_inch = density;
      if (density > 0 && units == 2) file.dots_per_inch = density * 2.54;
    }
    // Baseline, extended and progressive Huffman frames: what PDF's
    // DCTDecode reads. Lossless, hierarchical and arithmetic ones it does not.
    if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
      if (length < 8) break;
      file.height_px = BigEndian(bytes, at + 5, 2);
      file.width_px = BigEndian(bytes, at + 7, 2);
      file.components = static_cast<unsigned char>(bytes[at + 9]);
      if (file.width_px == 0 || file.height_px == 0) break;
      if (file.components != 1 && file.components != 3)
        return Refused("is a CMYK JPEG, meant for a printing press: save it as RGB");
      return file;
    }
    if ((marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
         marker != 0xCC) || marker == 0xDA)
      return Refused("is a kind of JPEG that PDFs cannot hold: save it again as a "
                     "baseline JPEG or as PNG");
    at += 2 + length;
  }
  return Refused("is a damaged JPEG: its size cannot be read");
}

}  // namespace

ImageFile ReadImageFile(std::string_view bytes) {
  if (bytes.size() > kLargestImageFile)
    return Refused("is larger than " + std::to_string(kLargestImageFile >> 20) + " MB");
  if (bytes.substr(0, 8) == kPngSignature) return ReadPng(bytes);
  if (bytes.size() >= 3 && bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3))
    return ReadJpeg(bytes);
  std::string_view start = bytes.substr(0, 256);
  if (start.find("<svg") != std::string_view::npos || start.find("<?xml") == 0)
    return Refused("is an SVG drawing, which sdgen cannot place: save it as PNG");
  if (bytes.substr(0, 4) == "GIF8") return Refused("is a GIF: save it as PNG");
  return Refused("is not a PNG or JPEG image");
}

std::string JpegWithoutMetadata(std::string_view bytes) {
  std::string kept(bytes.substr(0, 2));
  size_t at = 2;
  while (at + 4 <= bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) {
    unsigned marker = static_cast<unsigned char>(bytes[at + 1]);
    if (marker == 0xDA) break;  // the scan: everything from here draws
    size_t segment = 2 + BigEndian(bytes, at + 2, 2);
    if (at + segment > bytes.size()) break;
    // APP0 (JFIF) and APP14 (Adobe's colour transform) change how it draws.
    bool describes = (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE) || marker == 0xFE;
    if (!describes) kept.append(bytes.substr(at, segment));
    at += segment;
  }
  kept.append(bytes.substr(std::min(at, bytes.size())));
  return kept;
}

}  // namespace sdgen
