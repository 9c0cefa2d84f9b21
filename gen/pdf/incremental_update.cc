#include "pdf/incremental_update.h"

#include <cstdio>
#include <vector>

namespace sdgen::pdf {
namespace {

std::string XrefEntry(size_t offset) {
  char entry[21];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", offset);
  return entry;
}

// The trailer keys the update keeps from the original's trailer.
std::string KeptTrailerEntries(std::string_view trailer) {
  std::string kept;
  for (std::string_view key : {"/Root", "/Info", "/ID"}) {
    if (std::optional<std::string_view> value = DictionaryValue(trailer, key))
      kept += std::string(key) + " " + std::string(*value) + "\n";
  }
  return kept;
}

}  // namespace

std::string IncrementalUpdate::AppendedBytes(std::string_view original) const {
  std::string update = original.empty() || original.back() == '\n' ? "" : "\n";
  std::vector<std::pair<int, size_t>> offsets;
  for (const auto& [number, body] : objects_) {
    offsets.emplace_back(number, original.size() + update.size());
    update += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  }
  size_t xref = original.size() + update.size();
  update += "xref\n";
  // One subsection per run of consecutive numbers.
  for (size_t first = 0; first < offsets.size();) {
    size_t last = first;
    while (last + 1 < offsets.size() && offsets[last + 1].first == offsets[last].first + 1) ++last;
    update += std::to_string(offsets[first].first) + " " + std::to_string(last - first + 1) + "\n";
    for (size_t i = first; i <= last; ++i) update += XrefEntry(offsets[i].second);
    first = last + 1;
  }
  update += "trailer\n<<\n/Size " + std::to_string(next_) + "\n" +
            KeptTrailerEntries(index_.trailer()) + "/Prev " + std::to_string(index_.xref_offset()) +
            "\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return update;
}

}  // namespace sdgen::pdf
