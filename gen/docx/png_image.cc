#include "docx/png_image.h"

namespace sdgen::docx {
namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr size_t kSignatureSize = 8;

uint32_t ReadBigEndian(const std::string& bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// pHYs: x and y pixels per unit, then a unit byte (1 = metre). Only x is used,
// since Word and LibreOffice assume square pixels too.
void ReadResolution(const std::string& bytes, size_t data, uint32_t length, PngImage* out) {
  if (length < 9 || bytes[data + 8] != 1) return;
  const uint32_t per_metre = ReadBigEndian(bytes, data);
  if (per_metre > 0) out->dots_per_inch = per_metre * 0.0254;
}

// The chunks that draw the picture. Everything else (tEXt, zTXt, iTXt, eXIf,
// tIME…) is metadata, which may carry names, places or a camera's details,
// and is dropped: a child's drawing goes into a family's document.
bool DrawsPixels(const std::string& type) {
  return type == "IHDR" || type == "PLTE" || type == "tRNS" || type == "IDAT" ||
         type == "IEND" || type == "pHYs" || type == "gAMA" || type == "cHRM" ||
         type == "sRGB" || type == "sBIT";
}

std::string WithoutMetadata(const std::string& bytes) {
  std::string kept = bytes.substr(0, kSignatureSize);
  for (size_t at = kSignatureSize; at + 12 <= bytes.size();) {
    const size_t chunk = 12 + static_cast<size_t>(ReadBigEndian(bytes, at));
    if (at + chunk > bytes.size()) break;
    if (DrawsPixels(bytes.substr(at + 4, 4))) kept.append(bytes, at, chunk);
    at += chunk;
  }
  return kept;
}

}  // namespace

bool ParsePng(std::string bytes, const std::string& name, PngImage* out, std::string* error) {
  if (bytes.size() < kSignatureSize + 25 || bytes.compare(0, kSignatureSize, kSignature) != 0 ||
      bytes.compare(12, 4, "IHDR") != 0) {
    *error = "image '" + name + "' is not a png file";
    return false;
  }
  out->width_px = ReadBigEndian(bytes, 16);
  out->height_px = ReadBigEndian(bytes, 20);
  if (out->width_px == 0 || out->height_px == 0) {
    *error = "image '" + name + "' has no pixels";
    return false;
  }
  // Chunks are length, type, data, CRC; pHYs must come before the image data.
  for (size_t at = kSignatureSize; at + 8 <= bytes.size();) {
    const uint32_t length = ReadBigEndian(bytes, at);
    const std::string type = bytes.substr(at + 4, 4);
    if (type == "IDAT" || at + 12 + length > bytes.size()) break;
    if (type == "pHYs") ReadResolution(bytes, at + 8, length, out);
    at += 12 + static_cast<size_t>(length);
  }
  out->bytes = WithoutMetadata(bytes);
  return true;
}

}  // namespace sdgen::docx
