#include "checks/phrase_finder.h"

#include <cctype>

namespace sdgen {
namespace {

bool IsWordByte(char c) {
  // Bytes of UTF-8 letters (>= 0x80) count as word bytes, so "café" stays one word.
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

bool SameLetter(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Whether `phrase` (without any trailing '*') starts at `at`, on word boundaries.
bool MatchesAt(std::string_view text, size_t at, std::string_view phrase, bool prefix) {
  if (at > 0 && IsWordByte(text[at - 1])) return false;
  if (text.size() - at < phrase.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i)
    if (!SameLetter(text[at + i], phrase[i])) return false;
  size_t end = at + phrase.size();
  return prefix || end == text.size() || !IsWordByte(text[end]);
}

// The whole word (or words) matched from `at`, as written, for messages.
std::string WordsFrom(std::string_view text, size_t at, size_t length) {
  size_t end = at + length;
  while (end < text.size() && IsWordByte(text[end])) ++end;
  return std::string(text.substr(at, end - at));
}

}  // namespace

std::string FindPhrase(std::string_view text, const std::vector<std::string_view>& phrases) {
  for (std::string_view phrase : phrases) {
    bool prefix = !phrase.empty() && phrase.back() == '*';
    std::string_view stem = prefix ? phrase.substr(0, phrase.size() - 1) : phrase;
    for (size_t at = 0; at < text.size(); ++at)
      if (MatchesAt(text, at, stem, prefix)) return WordsFrom(text, at, stem.size());
  }
  return {};
}

bool HasPhrase(std::string_view text, const std::vector<std::string_view>& phrases) {
  return !FindPhrase(text, phrases).empty();
}

}  // namespace sdgen
