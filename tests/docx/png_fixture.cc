#include "docx/png_fixture.h"

#include <vector>

namespace sdgen::docx::testing {
namespace {

uint32_t Crc32(const std::string& bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void PutBigEndian(std::string* out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>(value >> shift));
}

void PutChunk(std::string* png, const char* type, const std::string& data) {
  PutBigEndian(png, static_cast<uint32_t>(data.size()));
  const std::string typed = type + data;
  png->append(typed);
  PutBigEndian(png, Crc32(typed));
}

// A zlib stream of stored blocks (at most 65535 bytes each) and an Adler-32.
std::string StoredZlib(const std::string& raw) {
  std::string out = "\x78\x01";
  for (size_t at = 0; at == 0 || at < raw.size(); at += 65535) {
    const size_t length = std::min<size_t>(65535, raw.size() - at);
    out.push_back(at + length >= raw.size() ? 1 : 0);
    out.push_back(static_cast<char>(length & 0xFF));
    out.push_back(static_cast<char>(length >> 8));
    out.push_back(static_cast<char>(~length & 0xFF));
    out.push_back(static_cast<char>((~length >> 8) & 0xFF));
    out.append(raw, at, length);
  }
  uint32_t a = 1, b = 0;
  for (unsigned char byte : raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  PutBigEndian(&out, (b << 16) | a);
  return out;
}

}  // namespace

std::string MakePng(uint32_t width, uint32_t height, uint8_t red, uint8_t green, uint8_t blue) {
  std::string header;
  PutBigEndian(&header, width);
  PutBigEndian(&header, height);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, no interlace
  std::string raw;
  for (uint32_t y = 0; y < height; ++y) {
    raw.push_back(0);  // filter: none
    for (uint32_t x = 0; x < width; ++x) {
      raw.push_back(static_cast<char>(red));
      raw.push_back(static_cast<char>(green));
      raw.push_back(static_cast<char>(blue));
    }
  }
  std::string png = "\x89PNG\r\n\x1a\n";
  PutChunk(&png, "IHDR", header);
  PutChunk(&png, "IDAT", StoredZlib(raw));
  PutChunk(&png, "IEND", "");
  return png;
}

}  // namespace sdgen::docx::testing
