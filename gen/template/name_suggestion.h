#pragma once

// "Did you mean …" for misspelt element, attribute, field and formatter names.

#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// "did you mean `x`?" for the nearest candidate (see ClosestName), or empty.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sdgen
