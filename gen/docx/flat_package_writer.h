#pragma once

#include <string>

#include "docx/opc_package.h"

namespace sdgen::docx {

/// Writes the parts as one Flat OPC file (`pkg:package`, Word's "Word XML
/// Document"): XML parts as elements, binary parts as base64.
bool WriteFlatPackage(const OpcPackage& package, std::string* xml_bytes, std::string* error);

}  // namespace sdgen::docx
