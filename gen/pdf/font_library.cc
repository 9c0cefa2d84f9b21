#include "pdf/font_library.h"

#include <fstream>

#include "pdf/haru_document.h"

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

FontFace::FontFace(std::string path, std::string bytes, FontMetrics metrics)
    : path_(std::move(path)), bytes_(std::move(bytes)), metrics_(std::move(metrics)) {}

bool FontFace::HasGlyph(char32_t code_point) const {
  return code_point < metrics_.widths.size() &&
         metrics_.widths[code_point] != FontMetrics::kNoGlyph;
}

int FontFace::Advance(char32_t code_point) const {
  return HasGlyph(code_point) ? metrics_.widths[code_point] : metrics_.notdef_advance;
}

const FontFace* FontLibrary::Load(const std::string& path, std::string* error) {
  auto found = faces_.find(path);
  if (found != faces_.end()) return found->second.get();
  std::string bytes;
  if (!ReadFile(path, &bytes)) {
    *error = "cannot read font file '" + path + "'";
    return nullptr;
  }
  FontMetrics metrics;
  if (!HaruDocument::MeasureFont(bytes, &metrics, error)) {
    *error = "cannot load font '" + path + "': " + *error;
    return nullptr;
  }
  auto face = std::make_unique<FontFace>(path, std::move(bytes), std::move(metrics));
  const FontFace* result = face.get();
  faces_.emplace(path, std::move(face));
  return result;
}

}  // namespace sdgen::pdf
