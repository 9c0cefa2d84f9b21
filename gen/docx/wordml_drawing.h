#pragma once

#include <pugixml.hpp>

#include "docx/media_store.h"

namespace sdgen::docx {

/// Appends a run holding an inline picture, with its alternative text in
/// `wp:docPr/@descr` where Word, LibreOffice and screen readers look for it;
/// a decorative one has an empty description and Office's decorative mark.
void AppendInlineImage(pugi::xml_node paragraph, const ImagePlacement& placement);

}  // namespace sdgen::docx
