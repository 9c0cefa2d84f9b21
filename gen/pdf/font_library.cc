#include "pdf/font_library.h"

#include <fstream>

namespace sdgen::pdf {
namespace {

// One read of the whole file: an istreambuf_iterator copies a font a byte
// at a time, which showed in the time of a one-record build.
bool ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  std::streamoff size = in.tellg();
  if (size < 0) return false;
  bytes->resize(static_cast<size_t>(size));
  in.seekg(0);
  return static_cast<bool>(in.read(bytes->data(), size));
}

}  // namespace

FontFace::FontFace(std::string path, std::string bytes, TrueTypeFont font)
    : path_(std::move(path)),
      bytes_(std::move(bytes)),
      font_(std::move(font)),
      widths_(0x10000, font_.Advance1000(0)) {
  // Most codes have no glyph and keep .notdef's width.
  for (size_t code = 0; code < widths_.size(); ++code) {
    if (font_.glyph_of[code] != 0) {
      widths_[code] = font_.Advance1000(font_.glyph_of[code]);
    }
  }
}

const FontFace* FontLibrary::Load(const std::string& path, std::string* error) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = faces_.find(path);
  if (found != faces_.end()) return found->second.get();
  std::string bytes;
  if (!ReadFile(path, &bytes)) {
    *error = "cannot read font file '" + path + "'";
    return nullptr;
  }
  TrueTypeFont font;
  if (!ReadTrueTypeFont(bytes, &font, error)) {
    *error = "cannot load font '" + path + "': " + *error;
    return nullptr;
  }
  auto face = std::make_unique<FontFace>(path, std::move(bytes), std::move(font));
  const FontFace* result = face.get();
  faces_.emplace(path, std::move(face));
  return result;
}

}  // namespace sdgen::pdf
