#pragma once

// Where tests find the project's files, the shared contract and the binary.

#include <string>

namespace sdgen::test {

inline std::string SourcePath(const std::string& relative) {
  return std::string(SDGEN_SOURCE_DIR) + "/" + relative;
}

inline std::string SharedPath(const std::string& relative) {
  return std::string(SDGEN_SHARED_DIR) + "/" + relative;
}

inline std::string BinaryPath() { return SDGEN_BINARY; }

}  // namespace sdgen::test
