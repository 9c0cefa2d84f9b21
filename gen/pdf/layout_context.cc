#include "pdf/layout_context.h"

#include <cctype>

namespace sdgen::pdf {

uint32_t ParseColour(const std::string& rrggbb, uint32_t fallback) {
  if (rrggbb.size() != 6) return fallback;
  uint32_t value = 0;
  for (char c : rrggbb) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return fallback;
    value = value * 16 + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(c))
                                                   ? c - '0'
                                                   : std::tolower(c) - 'a' + 10);
  }
  return value;
}

LayoutContext::LayoutContext(const doc::Document& document, ParagraphSetter& setter,
                             ImageLibrary& images, DiagnosticList& diagnostics,
                             StructureTree& structure)
    : document(document),
      setter(setter),
      images(images),
      diagnostics(diagnostics),
      structure(structure) {
  const doc::PageSettings& page = document.page;
  left = page.margin_left_pt;
  width = page.width_pt - page.margin_left_pt - page.margin_right_pt;
  content_height = page.height_pt - page.margin_top_pt - page.margin_bottom_pt;
  text_colour = ParseColour(document.look.text_colour, 0x1A1A1A);
  heading_colour = ParseColour(document.look.heading_colour, 0x1D3D6B);
  accent_colour = ParseColour(document.look.accent_colour, 0xE8EEF6);
}

TextStyle LayoutContext::Body(double scale) const {
  TextStyle style;
  style.size_pt = document.look.body_size_pt * scale;
  style.colour = text_colour;
  return style;
}

}  // namespace sdgen::pdf
