#pragma once

#include <functional>
#include <string>
#include <vector>

#include "docx/opc_package.h"
#include "docx/png_image.h"
#include "docx/relationships_part.h"

namespace sdgen::docx {

/// Reads a whole file; passed in so tests and callers control file access.
using FileReader =
    std::function<bool(const std::string& path, std::string* bytes, std::string* error)>;

/// Reads a file from disk, the usual FileReader.
bool ReadFileFromDisk(const std::string& path, std::string* bytes, std::string* error);

/// Where and how big an image sits, ready for a `<w:drawing>`.
struct ImagePlacement {
  std::string relationship_id;
  long long width_emu = 0;
  long long height_emu = 0;
  int drawing_id = 0;  ///< unique in the document, headers included
  std::string alt_text;
  bool decorative = false;  ///< marked decorative for screen readers; `alt_text` is not written
};

/// The images of one package: each file becomes one `word/media/imageN.png`
/// (or `.jpeg`, kept as it is) part however often it is shown.
class MediaStore {
 public:
  explicit MediaStore(FileReader reader) : reader_(std::move(reader)) {}
  /// Loads `path` (once), scales it to `max_width_pt` keeping its aspect ratio,
  /// and relates it from the part that owns `relationships`.
  bool Place(const std::string& path, const std::string& alt_text, double max_width_pt,
             Relationships* relationships, ImagePlacement* out, std::string* error);
  /// Adds the image parts to the package.
  void AddParts(OpcPackage* package) const;

 private:
  struct Media {
    std::string path;
    std::string part_name;  ///< relative to word/
    const char* content_type = nullptr;
    PngImage image;
  };
  bool Load(const std::string& path, const Media** media, std::string* error);

  FileReader reader_;
  std::vector<Media> media_;
  int next_drawing_id_ = 1;
};

}  // namespace sdgen::docx
