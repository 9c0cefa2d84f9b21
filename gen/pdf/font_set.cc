#include "pdf/font_set.h"

namespace sdgen::pdf {
namespace {

size_t VariantIndex(bool bold, bool italic) { return (bold ? 1 : 0) + (italic ? 2 : 0); }

}  // namespace

bool FontSet::ResolveFamily(const doc::FontSet& family, FontLibrary* library, Variants* faces,
                            std::string* error) {
  *faces = Variants{};
  if (family.regular.empty()) return true;
  const std::string* paths[4] = {&family.regular, &family.bold, &family.italic,
                                 &family.bold_italic};
  for (size_t i = 0; i < 4; ++i) {
    if (paths[i]->empty()) continue;
    (*faces)[i] = library->Load(*paths[i], error);
    if ((*faces)[i] == nullptr) return false;
  }
  // Bold italic falls back to bold before regular: weight matters more than slant.
  if ((*faces)[3] == nullptr) (*faces)[3] = (*faces)[1];
  for (auto& face : *faces) {
    if (face == nullptr) face = (*faces)[0];
  }
  return true;
}

bool FontSet::Resolve(const doc::Look& look, FontLibrary* library, FontSet* fonts,
                      std::string* error) {
  if (look.body.regular.empty()) {
    *error = "the style names no body font";
    return false;
  }
  if (!ResolveFamily(look.body, library, &fonts->body_, error) ||
      !ResolveFamily(look.headings, library, &fonts->heading_, error) ||
      !ResolveFamily(look.fallback, library, &fonts->fallback_, error)) {
    return false;
  }
  if (fonts->heading_[0] == nullptr) fonts->heading_ = fonts->body_;
  return true;
}

const FontFace* FontSet::Face(Typeface typeface, bool bold, bool italic) const {
  const Variants& faces = typeface == Typeface::kHeading ? heading_ : body_;
  return faces[VariantIndex(bold, italic)];
}

const FontFace* FontSet::Fallback(bool bold, bool italic) const {
  return fallback_[VariantIndex(bold, italic)];
}

}  // namespace sdgen::pdf
