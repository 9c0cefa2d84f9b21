#pragma once

#include <pugixml.hpp>
#include <string>

namespace sdgen::docx {

/// word/settings.xml: Word 2013+ compatibility mode (so Word does not open the
/// file in "Compatibility Mode") and the document's language for themes.
void BuildSettingsPart(const std::string& language, pugi::xml_document* xml);

}  // namespace sdgen::docx
