#pragma once

// Choosing a words-and-pictures picture by what a text is about, with the
// style's keyword rules: a story about a game's chat gets the phone, not the
// house. A council changes the choice by changing the rules in its style.

#include <string>
#include <vector>

#include "style/style.h"

namespace sdgen {

/// The picture whose rule matches most words of `text` (whole words, any
/// case). `preferred` wins a tie it is part of, and is the answer when no
/// rule matches; otherwise a tie goes to the rule written first.
std::string ChoosePicture(const std::vector<PictureRule>& rules, const std::string& text,
                          const std::string& preferred);

}  // namespace sdgen
