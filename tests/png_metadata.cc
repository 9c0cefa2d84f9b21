#include "png_metadata.h"

#include <zlib.h>

namespace sdgen::test {
namespace {

std::string BigEndian(uint32_t value) {
  std::string bytes(4, '\0');
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
  return bytes;
}

std::string Chunk(const std::string& type, const std::string& data) {
  std::string body = type + data;
  uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(body.data()),
                    static_cast<uInt>(body.size()));
  return BigEndian(static_cast<uint32_t>(data.size())) + body +
         BigEndian(static_cast<uint32_t>(crc));
}

}  // namespace

std::string WithMetadata(const std::string& png, const std::string& marker) {
  const size_t after_ihdr = 8 + 12 + 13;
  std::string text = Chunk("tEXt", std::string("Author", 6) + '\0' + marker);
  std::string exif = Chunk("eXIf", "MM\0*" + marker);
  return png.substr(0, after_ihdr) + text + exif + png.substr(after_ihdr);
}

}  // namespace sdgen::test
