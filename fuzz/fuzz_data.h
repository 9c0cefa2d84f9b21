#pragma once

// Where the fuzz targets find sdgen's shipped style and templates: the
// source tree, named at build time, as the tests find it.

#include <string>

namespace sdgen::fuzz {

/// `relative` inside the source tree.
inline std::string SourcePath(const std::string& relative) {
  return std::string(SDGEN_SOURCE_DIR) + "/" + relative;
}

}  // namespace sdgen::fuzz
