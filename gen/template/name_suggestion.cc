#include "template/name_suggestion.h"

#include "diagnostics/closest_name.h"

namespace sdgen {

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string nearest = ClosestName(word, candidates);
  return nearest.empty() ? "" : "did you mean `" + nearest + "`?";
}

}  // namespace sdgen
