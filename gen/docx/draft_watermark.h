#pragma once

#include <pugixml.hpp>
#include <string>

namespace sdgen::docx {

/// Appends a run holding `text` as a large, pale, diagonal watermark behind the
/// page text. It is the VML text-path shape Word itself writes for
/// Design > Watermark, which Word and LibreOffice both show and let users remove.
void AppendDraftWatermark(pugi::xml_node paragraph, const std::string& text,
                          const std::string& font_family);

}  // namespace sdgen::docx
