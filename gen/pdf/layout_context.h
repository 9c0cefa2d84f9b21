#pragma once

#include <cstdint>
#include <string>

#include "diagnostics/diagnostic.h"
#include "document/document.h"
#include "pdf/image_library.h"
#include "pdf/paragraph_setter.h"
#include "pdf/structure_tree.h"

namespace sdgen::pdf {

/// "RRGGBB" as 0xRRGGBB; `fallback` when it is not six hex digits.
uint32_t ParseColour(const std::string& rrggbb, uint32_t fallback);

/// The look of a document in layout terms, shared by the block and table layouts.
struct LayoutContext {
  /// Derives colours and the text column from `document`.
  LayoutContext(const doc::Document& document, ParagraphSetter& setter, ImageLibrary& images,
                DiagnosticList& diagnostics, StructureTree& structure);

  const doc::Document& document;
  ParagraphSetter& setter;
  ImageLibrary& images;
  DiagnosticList& diagnostics;
  /// Where layout records each block's role for tagging.
  StructureTree& structure;
  double left = 0;            ///< x of the text column
  double width = 0;           ///< width of the text column
  double content_height = 0;  ///< between the top and bottom margins
  uint32_t text_colour = 0;
  uint32_t heading_colour = 0;
  uint32_t accent_colour = 0;
  uint32_t rule_colour = 0x8A94A6;

  /// The body style at `scale` times the body size.
  TextStyle Body(double scale = 1.0) const;
};

}  // namespace sdgen::pdf
