#pragma once

#include <pugixml.hpp>

#include "docx/opc_package.h"

namespace sdgen::docx {

/// The name of the content-types part of a zipped package.
inline constexpr const char* kContentTypesPartName = "[Content_Types].xml";

/// `[Content_Types].xml` for the zip form: an Override for every part. The flat
/// form carries each type on its part instead and has no such part.
void BuildContentTypesPart(const OpcPackage& package, pugi::xml_document* xml);

}  // namespace sdgen::docx
