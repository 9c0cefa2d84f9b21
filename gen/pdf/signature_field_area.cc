#include "pdf/signature_field_area.h"

namespace sdgen::pdf {
namespace {

// The line to sign on is drawn this far above the mark's bottom.
constexpr double kLineAboveBottom = 4;

}  // namespace

std::optional<SignatureFieldArea> SignatureFieldOverMark(const doc::SignatureBlock& block,
                                                         bool draft, double left, double width,
                                                         double mark_height) {
  if (!block.is_signed || draft) return std::nullopt;
  SignatureFieldArea field;
  field.width = width / 2;
  // A drawn signature takes the left half; the line, when there is no
  // drawing, spans it, and the field sits on the line.
  bool drawn = !block.image_path.empty();
  field.x = drawn ? left + width / 2 : left;
  field.height = drawn ? mark_height : mark_height - kLineAboveBottom;
  field.tooltip = block.label + "'s signature";
  field.description = block.label + ": " + block.name;
  return field;
}

}  // namespace sdgen::pdf
