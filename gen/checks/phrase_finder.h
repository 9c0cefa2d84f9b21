#pragma once

// Word and phrase look-ups for the rules that read free text (SD010, SD017,
// SD018, SD021). Matching is ASCII case-insensitive and on word boundaries, so
// "cut" finds "a cut" but not "executive".

#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// The words of `text` matching the first of `phrases` found, or an empty string.
/// A phrase ending in '*' matches any word that starts with it ("bruis*").
std::string FindPhrase(std::string_view text, const std::vector<std::string_view>& phrases);

/// Whether `text` contains any of `phrases` (see FindPhrase).
bool HasPhrase(std::string_view text, const std::vector<std::string_view>& phrases);

}  // namespace sdgen
