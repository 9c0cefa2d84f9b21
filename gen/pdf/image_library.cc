#include "pdf/image_library.h"

#include <fstream>
#include <iterator>

namespace sdgen::pdf {
namespace {

uint32_t BigEndian32(const std::string& bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = at; i < at + 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

// The size sits in the IHDR chunk, which the PNG format requires to come first.
bool ReadPngSize(const std::string& bytes, int* width, int* height) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (bytes.size() < 24 || bytes.compare(0, 8, kSignature, 8) != 0 ||
      bytes.compare(12, 4, "IHDR") != 0) {
    return false;
  }
  *width = static_cast<int>(BigEndian32(bytes, 16));
  *height = static_cast<int>(BigEndian32(bytes, 20));
  return *width > 0 && *height > 0;
}

}  // namespace

const PngFile* ImageLibrary::Load(const std::string& path, std::string* error) {
  auto found = files_.find(path);
  if (found != files_.end()) return found->second.get();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read image '" + path + "'";
    return nullptr;
  }
  auto file = std::make_unique<PngFile>();
  file->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!ReadPngSize(file->bytes, &file->width, &file->height)) {
    *error = "'" + path + "' is not a PNG image";
    return nullptr;
  }
  const PngFile* result = file.get();
  files_.emplace(path, std::move(file));
  return result;
}

}  // namespace sdgen::pdf
