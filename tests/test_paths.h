#pragma once

// Where tests find the project's files, the shared contract and the binary.

#include <fstream>
#include <sstream>
#include <string>

namespace sdgen::test {

inline std::string SourcePath(const std::string& relative) {
  return std::string(SDGEN_SOURCE_DIR) + "/" + relative;
}

inline std::string SharedPath(const std::string& relative) {
  return std::string(SDGEN_SHARED_DIR) + "/" + relative;
}

inline std::string BinaryPath() { return SDGEN_BINARY; }

/// The templates folder sdgen ships, in the source tree.
inline std::string ShippedTemplatesFolder() { return SourcePath("templates"); }

/// The default style folder sdgen ships, in the source tree.
inline std::string ShippedStyleFolder() { return SourcePath("styles/default"); }

/// The whole of a file, as bytes; empty when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace sdgen::test
