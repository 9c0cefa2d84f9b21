#pragma once

// PNG files read once per writer. Most PNGs (grey, RGB or palette, 8 bits or
// fewer, not interlaced, no transparency, compressed) go into a PDF as they are: their
// IDAT data is already a zlib stream of PNG-filtered rows, which PDF's
// FlateDecode with a PNG predictor reads directly. Those are never decoded
// or compressed again, however many documents show them.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace sdgen::pdf {

/// A PNG file's bytes, its pixel size and what a PDF needs to embed it unchanged.
struct PngFile {
  std::string bytes;
  int width = 0;
  int height = 0;
  int bit_depth = 0;
  int colour_type = 0;  ///< 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA
  std::string palette;  ///< PLTE: RGB triples
  std::string data;     ///< the IDAT chunks, joined: one zlib stream
  /// True when `data` can go into the PDF as it is (see above).
  bool embeds_unchanged = false;
  /// SHA-256 of `bytes`, so documents can name the image in their id cheaply.
  std::array<uint8_t, 32> digest{};
};

/// Reads each PNG once, so a logo on every page of many documents is read once.
class ImageLibrary {
 public:
  /// The image at `path`; null with `*error` set when it is not a readable PNG.
  const PngFile* Load(const std::string& path, std::string* error);

 private:
  std::map<std::string, std::unique_ptr<PngFile>> files_;
};

}  // namespace sdgen::pdf
