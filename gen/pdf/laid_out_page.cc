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

}  // namespace sdgen::pdf
