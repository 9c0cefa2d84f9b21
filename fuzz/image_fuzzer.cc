// The image readers over any bytes: gen/image's (what a drawing, logo or
// picture is, which every stage asks before placing one), the JPEG metadata
// stripper, and the DOCX writer's PNG chunk reader, which each placed PNG
// goes through.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "docx/png_image.h"
#include "image/image_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  sdgen::ImageFile image = sdgen::ReadImageFile(bytes);
  if (image.kind == sdgen::ImageKind::kJpeg) sdgen::JpegWithoutMetadata(bytes);
  sdgen::docx::PngImage png;
  std::string error;
  sdgen::docx::ParsePng(std::string(bytes), "fuzz.png", &png, &error);
  return 0;
}
