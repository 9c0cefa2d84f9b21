#include "record/id_token.h"

#include <algorithm>

namespace sdgen {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsPunctuation(char c) { return c == '-' || c == '_'; }

}  // namespace

bool IsIdToken(std::string_view text) {
  if (text.empty() || text.size() > kMaxIdTokenLength || !IsAsciiLetter(text[0])) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return IsAsciiLetter(c) || (c >= '0' && c <= '9') || IsPunctuation(c);
  });
}

std::string IdTokenKey(std::string_view token) {
  std::string key;
  for (char c : token) {
    if (IsPunctuation(c)) continue;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

}  // namespace sdgen
