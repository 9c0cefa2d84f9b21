#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

void ShiftItem(PageItem* item, double dy) {
  std::visit(
      [dy](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, TextLine>) {
          it.baseline += dy;
        } else if constexpr (std::is_same_v<T, Rule>) {
          it.y1 += dy;
          it.y2 += dy;
        } else {
          it.y += dy;
        }
      },
      *item);
}

int NodeOf(const PageItem& item) {
  if (const auto* line = std::get_if<TextLine>(&item)) return line->node;
  if (const auto* image = std::get_if<PlacedImage>(&item)) return image->node;
  return kArtifact;
}

void MakeArtifact(PageItem* item) {
  if (auto* line = std::get_if<TextLine>(item)) line->node = kArtifact;
  if (auto* image = std::get_if<PlacedImage>(item)) image->node = kArtifact;
}

}  // namespace sdgen::pdf
