#pragma once

#include <map>
#include <memory>
#include <string>

namespace sdgen::pdf {

/// A PNG file's bytes and pixel size.
struct PngFile {
  std::string bytes;
  int width = 0;
  int height = 0;
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
