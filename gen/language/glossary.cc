#include "language/glossary.h"

#include <algorithm>
#include <cctype>

namespace sdgen {
namespace {

std::string SortKey(const std::string& term) {
  std::string key = term;
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace

std::vector<GlossaryEntry> BuildGlossary(const TermUsage& usage, const TermDictionary& dictionary) {
  std::vector<GlossaryEntry> glossary;
  // A reader looks up the words they read, so the headword is the document's own.
  for (const auto& [index, written] : usage.entries()) {
    const TermEntry& entry = dictionary.entries()[index];
    glossary.push_back({written, entry.plain, entry.explanation, entry.category});
  }
  std::sort(glossary.begin(), glossary.end(), [](const GlossaryEntry& a, const GlossaryEntry& b) {
    return SortKey(a.term) < SortKey(b.term);
  });
  return glossary;
}

}  // namespace sdgen
