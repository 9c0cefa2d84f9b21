#pragma once

#include <set>
#include <string>

namespace sdgen::pdf {

/// A ToUnicode CMap for a font whose two-byte codes are the UTF-16 code units
/// they stand for (the BMP code points, with Identity-H). Maps only the
/// codes in `codes`, in ranges that never cross a last-byte boundary, at most
/// 100 per block, as PDF 1.7 §9.10.3 and poppler require.
std::string BuildToUnicodeCMap(const std::set<char16_t>& codes);

}  // namespace sdgen::pdf
