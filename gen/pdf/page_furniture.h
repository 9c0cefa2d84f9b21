#pragma once

#include "pdf/laid_out_page.h"
#include "pdf/layout_context.h"

namespace sdgen::pdf {

/// Adds the header text, the style's logo, the footer text and "Page X of Y"
/// to every page; runs after pagination, when the page count is known.
void AddPageFurniture(LayoutContext& context, LaidOutDocument* document);

}  // namespace sdgen::pdf
