#pragma once

// Breaks prose into lines for people to read in a terminal or an editor.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen::cli {

/// `text` broken at spaces into lines of at most `width` characters (a word
/// longer than that gets a line of its own).
std::vector<std::string> WrapWords(std::string_view text, size_t width);

}  // namespace sdgen::cli
