#include "pdf/image_library.h"

#include <openssl/sha.h>

#include <fstream>
#include <iterator>

#include "image/image_file.h"

namespace sdgen::pdf {
namespace {

uint32_t BigEndian32(const std::string& bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = at; i < at + 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

// Walks the chunks: IHDR (which the format requires first), PLTE, IDAT, tRNS.
// False if the file is not a PNG or a chunk runs past its end.
bool ReadChunks(LoadedImage* png) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  const std::string& bytes = png->bytes;
  if (bytes.size() < 33 || bytes.compare(0, 8, kSignature, 8) != 0 ||
      bytes.compare(12, 4, "IHDR") != 0) {
    return false;
  }
  png->width = static_cast<int>(BigEndian32(bytes, 16));
  png->height = static_cast<int>(BigEndian32(bytes, 20));
  png->bit_depth = static_cast<unsigned char>(bytes[24]);
  png->colour_type = static_cast<unsigned char>(bytes[25]);
  bool interlaced = bytes[28] != 0;
  bool transparency = false;
  for (size_t at = 8; at + 12 <= bytes.size();) {
    size_t length = BigEndian32(bytes, at);
    if (length > bytes.size() - at - 12) return false;
    std::string type = bytes.substr(at + 4, 4);
    if (type == "PLTE") png->palette = bytes.substr(at + 8, length);
    if (type == "IDAT") png->data.append(bytes, at + 8, length);
    if (type == "tRNS") transparency = true;
    if (type == "IEND") break;
    at += 12 + length;
  }
  int depth = png->bit_depth;
  bool depth_ok =
      png->colour_type == 2 ? depth == 8 : depth == 1 || depth == 2 || depth == 4 || depth == 8;
  size_t palette = png->palette.size();
  bool colours_ok = png->colour_type == 0 || png->colour_type == 2 ||
                    (png->colour_type == 3 && palette >= 3 && palette <= 768 && palette % 3 == 0);
  depth_ok &= BigEndian32(bytes, 8) == 13;  // an IHDR of the one length the format allows
  // A PNG saved without real compression (stored blocks) would stay that
  // big in every PDF; such a file is decoded and compressed again instead.
  size_t channels = png->colour_type == 2 ? 3 : 1;
  size_t row_bytes = 1 + (static_cast<size_t>(png->width) * channels * png->bit_depth + 7) / 8;
  bool compressed = png->data.size() < row_bytes * static_cast<size_t>(png->height) / 2;
  png->embeds_unchanged = depth_ok && colours_ok && !interlaced && !transparency && compressed;
  return png->width > 0 && png->height > 0 && !png->data.empty();
}

}  // namespace

const LoadedImage* ImageLibrary::Load(const std::string& path, std::string* error) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = files_.find(path);
  if (found != files_.end()) return found->second.get();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read image '" + path + "'";
    return nullptr;
  }
  auto file = std::make_unique<LoadedImage>();
  file->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  ImageFile facts = ReadImageFile(file->bytes);
  if (!facts.problem.empty()) {
    *error = "image '" + path + "' " + facts.problem;
    return nullptr;
  }
  if (facts.kind == ImageKind::kJpeg) {
    file->jpeg = true;
    file->bytes = JpegWithoutMetadata(file->bytes);
    file->width = static_cast<int>(facts.width_px);
    file->height = static_cast<int>(facts.height_px);
  } else if (!ReadChunks(file.get())) {
    *error = "image '" + path + "' is a damaged PNG";
    return nullptr;
  }
  SHA256(reinterpret_cast<const unsigned char*>(file->bytes.data()), file->bytes.size(),
         file->digest.data());
  const LoadedImage* result = file.get();
  files_.emplace(path, std::move(file));
  return result;
}

}  // namespace sdgen::pdf
