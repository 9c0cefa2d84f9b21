#pragma once

#include <pugixml.hpp>
#include <string>

#include "document/document.h"

namespace sdgen::docx {

/// Appends the body's closing `<w:sectPr>`: page size and margins from
/// `page` (points to twips) and the default header and footer.
void AppendSectionProperties(pugi::xml_node body, const doc::PageSettings& page,
                             const std::string& header_relationship_id,
                             const std::string& footer_relationship_id);

}  // namespace sdgen::docx
