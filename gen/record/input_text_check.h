#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sdgen {

/// The first problem found in raw input bytes, if any.
struct InputTextProblem {
  bool found = false;
  size_t offset = 0;
  std::string message;
  const char* rule = "RD001";  ///< the diagnostic's rule id
};

/// Checks that `bytes` are well-formed UTF-8 (no overlong forms, surrogates or
/// values past U+10FFFF): pugixml does not, and a bad byte would reach a PDF.
InputTextProblem FindInvalidUtf8(std::string_view bytes);

/// Checks for characters XML 1.0 forbids (C0 controls other than tab, line
/// feed and carriage return; U+FFFE; U+FFFF). Assumes valid UTF-8.
InputTextProblem FindIllegalXmlCharacter(std::string_view text);

/// Decodes the code point at `text[i]` (valid UTF-8) and advances `i`.
char32_t NextCodePoint(std::string_view text, size_t& i);

}  // namespace sdgen
