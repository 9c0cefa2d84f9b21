#pragma once

// "Did you mean …" for misspelt element, attribute, field and formatter names.

#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// The candidate closest to `word` when it is close enough to be a likely
/// typo, else empty.
std::string NearestName(std::string_view word, const std::vector<std::string>& candidates);

/// "did you mean `x`?" for the nearest candidate, or empty.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sdgen
