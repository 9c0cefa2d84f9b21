#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace sdgen::cli {

enum class InputFileStatus { kRead, kUnreadable, kTooLarge };

/// Reads a whole file, refusing one larger than `max_bytes` before reading it
/// so that a hostile size costs nothing. On failure says why in `error`.
InputFileStatus ReadInputFile(const std::string& path, size_t max_bytes, std::string* text,
                              std::string* error);

/// Reads an operand: the file it names, or all of `in` (standard input) when
/// it is "-", with the same limit and statuses as ReadInputFile.
InputFileStatus ReadInput(const std::string& operand, std::istream* in, size_t max_bytes,
                          std::string* text, std::string* error);

/// The name diagnostics give an operand: "<stdin>" for "-", else the path.
std::string InputName(const std::string& operand);

}  // namespace sdgen::cli
