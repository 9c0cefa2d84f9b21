#pragma once

// Whether two digitally signed PDFs are the same signed sheet: equal in every
// byte but the signature value. An ECDSA key signs the same bytes with a new
// random value each time, so equal bytes alone would miss a re-signed sheet.

#include <string_view>

namespace sdgen::pdf {

/// True when `a` and `b` are both signed and differ at most inside their
/// /Contents (which both hold at the same place).
bool IsSameSignedSheet(std::string_view a, std::string_view b);

}  // namespace sdgen::pdf
