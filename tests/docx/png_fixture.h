#pragma once

#include <cstdint>
#include <string>

namespace sdgen::docx::testing {

/// A valid RGB PNG of `width` x `height` pixels in one colour, with its
/// image data in stored (uncompressed) deflate blocks so no zlib is needed.
std::string MakePng(uint32_t width, uint32_t height, uint8_t red, uint8_t green, uint8_t blue);

}  // namespace sdgen::docx::testing
