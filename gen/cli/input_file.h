#pragma once

#include <cstddef>
#include <string>

namespace sdgen::cli {

enum class InputFileStatus { kRead, kUnreadable, kTooLarge };

/// Reads a whole file, refusing one larger than `max_bytes` before reading it
/// so that a hostile size costs nothing. On failure says why in `error`.
InputFileStatus ReadInputFile(const std::string& path, size_t max_bytes, std::string* text,
                              std::string* error);

}  // namespace sdgen::cli
