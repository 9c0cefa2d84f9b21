#pragma once

#include <pugixml.hpp>
#include <string>

#include "document/document.h"

namespace sdgen::docx {

/// Appends a table spanning the text width: its header row repeats on every
/// page (`w:tblHeader`) and is shaded with `header_fill` (RRGGBB).
void AppendTable(pugi::xml_node parent, const doc::Table& table, double text_width_pt,
                 const std::string& header_fill);

}  // namespace sdgen::docx
