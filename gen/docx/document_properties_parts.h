#pragma once

#include <pugixml.hpp>

#include "document/document.h"
#include "docx/package_timestamp.h"

namespace sdgen::docx {

/// docProps/core.xml: title, subject, author, keywords, language, record id and
/// status, with `created` (from the metadata, never the clock) as both dates.
void BuildCorePropertiesPart(const doc::Document& document, const PackageTimestamp& created,
                             pugi::xml_document* xml);

/// docProps/app.xml: the application that made the file.
void BuildAppPropertiesPart(const std::string& application, const doc::Document& document,
                            pugi::xml_document* xml);

}  // namespace sdgen::docx
