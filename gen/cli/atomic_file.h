#pragma once

#include <string>
#include <string_view>

namespace sdgen::cli {

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename, so a reader never sees a half-written file and a failed run leaves
/// the old file (or none) in place. Creates missing parent folders.
bool WriteFileAtomically(const std::string& path, std::string_view bytes, std::string* error);

}  // namespace sdgen::cli
