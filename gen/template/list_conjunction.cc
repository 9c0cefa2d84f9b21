#include "template/list_conjunction.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace sdgen {
namespace {

// A word starting with a vowel takes "ac": a, e, i, o, u, y, with or
// without an accent (Ŵ and W are left to "a": "a Wyn").
bool StartsWithVowel(const std::string& text, size_t at) {
  if (at >= text.size()) return false;
  int32_t offset = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(text.data(), offset, static_cast<int32_t>(text.size()), c);
  if (c < 0) return false;
  UChar32 folded = u_tolower(c);
  static const std::u32string kVowels = U"aeiouyâêîôûŷáéíóúýàèìòùỳäëïöüÿ";
  return kVowels.find(static_cast<char32_t>(folded)) != std::u32string::npos;
}

}  // namespace

std::string SettleWelshConjunction(const std::string& joined) {
  static const std::string kOpen = "a(c) ";
  std::string out;
  size_t from = 0;
  for (size_t at = joined.find(kOpen); at != std::string::npos; at = joined.find(kOpen, from)) {
    bool comma = at >= 2 && joined.compare(at - 2, 2, ", ") == 0;
    out.append(joined, from, (comma ? at - 2 : at) - from);
    if (comma) out += ' ';
    size_t next = at + kOpen.size();
    out += StartsWithVowel(joined, next) ? "ac " : "a ";
    from = next;
  }
  out.append(joined, from, std::string::npos);
  return out;
}

}  // namespace sdgen
