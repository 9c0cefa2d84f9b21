#include "pdf/font_library.h"

#include <fstream>
#include <iterator>

#include "pdf/haru_document.h"

namespace sdgen::pdf {
namespace {

bool ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return in.good() || in.eof();
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
