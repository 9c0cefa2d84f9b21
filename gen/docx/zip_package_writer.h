#pragma once

#include <string>

#include "docx/opc_package.h"
#include "docx/package_timestamp.h"

namespace sdgen::docx {

/// Packs parts into a zip in memory: `[Content_Types].xml` first, then the parts
/// in order, every entry deflated and stamped with `timestamp`.
bool WriteZipPackage(const OpcPackage& package, const PackageTimestamp& timestamp,
                     std::string* zip_bytes, std::string* error);

}  // namespace sdgen::docx
