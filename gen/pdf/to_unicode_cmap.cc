#include "pdf/to_unicode_cmap.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace sdgen::pdf {
namespace {

constexpr size_t kMaxEntriesPerBlock = 100;

const char kPrologue[] =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";

const char kEpilogue[] =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

// Consecutive codes sharing their high byte; surrogates never reach here
// because text above U+FFFF is replaced before it is laid out (PDF002).
std::vector<std::pair<char16_t, char16_t>> Ranges(const std::set<char16_t>& codes) {
  std::vector<std::pair<char16_t, char16_t>> ranges;
  for (char16_t code : codes) {
    if (code >= 0xD800 && code <= 0xDFFF) continue;
    bool extends = !ranges.empty() && ranges.back().second + 1 == code &&
                   (ranges.back().first >> 8) == (code >> 8);
    if (extends) {
      ranges.back().second = code;
    } else {
      ranges.emplace_back(code, code);
    }
  }
  return ranges;
}

}  // namespace

std::string BuildToUnicodeCMap(const std::set<char16_t>& codes) {
  std::vector<std::pair<char16_t, char16_t>> ranges = Ranges(codes);
  std::string out = kPrologue;
  char line[40];
  for (size_t start = 0; start < ranges.size(); start += kMaxEntriesPerBlock) {
    size_t end = std::min(ranges.size(), start + kMaxEntriesPerBlock);
    std::snprintf(line, sizeof line, "%zu beginbfrange\n", end - start);
    out += line;
    for (size_t i = start; i < end; ++i) {
      std::snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n",
                    static_cast<unsigned>(ranges[i].first), static_cast<unsigned>(ranges[i].second),
                    static_cast<unsigned>(ranges[i].first));
      out += line;
    }
    out += "endbfrange\n";
  }
  out += kEpilogue;
  return out;
}

}  // namespace sdgen::pdf
