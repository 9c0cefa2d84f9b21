#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sdgen::cli {

/// The files of the zip archive `bytes` (a .docx package's parts), by name,
/// uncompressed; nullopt with `error` set when it is not a zip archive that
/// can be read whole. Each part may hold at most `max_part_bytes`, so a
/// small archive cannot expand into gigabytes.
std::optional<std::map<std::string, std::string>> ReadZipParts(std::string_view bytes,
                                                               size_t max_part_bytes,
                                                               std::string* error);

}  // namespace sdgen::cli
