#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// The candidate nearest to `name` by edit distance, if it is near enough to
/// be a likely typo ("did you mean ..."); otherwise empty.
std::string ClosestName(std::string_view name, const std::vector<std::string>& candidates);

/// "did you mean `x`?" for the nearest candidate (see ClosestName), or empty:
/// the suggestion for a misspelt element, attribute, field or formatter name.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sdgen
