#pragma once

#include "docx/media_store.h"
#include "docx/numbering_part.h"
#include "docx/relationships_part.h"

namespace sdgen::docx {

/// What the content of one part (document, header) needs from the package
/// being built: its own relationships, and the images and lists shared by all.
struct PartResources {
  Relationships* relationships = nullptr;
  MediaStore* media = nullptr;
  NumberingPart* numbering = nullptr;
  double text_width_pt = 0;  ///< page width less the side margins
};

}  // namespace sdgen::docx
