#pragma once

// Images read once per writer. A JPEG goes into a PDF as it is, less the
// segments that only describe it (DCTDecode reads it directly). Most PNGs (grey, RGB or palette, 8 bits or
// fewer, not interlaced, no transparency, compressed) go into a PDF as they are: their
// IDAT data is already a zlib stream of PNG-filtered rows, which PDF's
// FlateDecode with a PNG predictor reads directly. Those are never decoded
// or compressed again, however many documents show them.

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace sdgen::pdf {

/// An image file's bytes, its pixel size and what a PDF needs to embed it unchanged.
struct LoadedImage {
  bool jpeg = false;  ///< a JPEG (DCT); otherwise a PNG
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

/// Reads each image once, so a logo on every page of many documents is read
/// once. Writers on several threads may share one, as they share fonts.
class ImageLibrary {
 public:
  /// The image at `path`; null with `*error` set when it is not a PNG or JPEG
  /// sdgen can place (image/image_file.h says why).
  const LoadedImage* Load(const std::string& path, std::string* error);

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<LoadedImage>> files_;
};

}  // namespace sdgen::pdf
