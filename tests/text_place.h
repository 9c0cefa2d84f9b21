#pragma once

// Where a piece of text sits in a file, as diagnostics print it, so tests can
// expect a place in a file they edited without counting lines by hand.

#include <string>

namespace sdgen::test {

/// "path:line:column" of the first `needle` in `text` (the contents of
/// `path`), both counted from 1; "path:0:0" when `text` does not hold it.
inline std::string PlaceOf(const std::string& path, const std::string& text,
                           const std::string& needle) {
  size_t at = text.find(needle);
  if (at == std::string::npos) return path + ":0:0";
  size_t line = 1, column = 1;
  for (size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace sdgen::test
