#pragma once

#include <pugixml.hpp>
#include <string>

namespace sdgen::docx {

/// Appends `<w:lang>` for the BCP 47 tag `language` to run properties: in
/// `w:val`, and also in the slot Word reads for the script's own runs,
/// `w:bidi` for a right-to-left language, `w:eastAsia` for Chinese,
/// Japanese or Korean. The other slots keep Word's own defaults.
void AppendLanguage(pugi::xml_node run_properties, const std::string& language);

}  // namespace sdgen::docx
