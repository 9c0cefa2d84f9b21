#pragma once

// PNG files carrying metadata (a tEXt and an eXIf chunk holding `marker`),
// for tests that metadata never reaches an output.

#include <string>

namespace sdgen::test {

/// `png` (a whole PNG file) with a tEXt and an eXIf chunk holding `marker`
/// inserted after IHDR, each with a correct CRC.
std::string WithMetadata(const std::string& png, const std::string& marker);

}  // namespace sdgen::test
