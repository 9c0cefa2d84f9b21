#pragma once

// The glossary printed at the end of a family or professional document: every
// dictionary term that stayed in the document's text (accepted on purpose or
// not), with its plain explanation. The template stage gives the place.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "language/term_dictionary.h"

namespace sdgen {

/// The dictionary entries found in the texts of one document.
class TermUsage {
 public:
  /// Notes that the text used dictionary entry `entry`.
  void Add(uint32_t entry) { entries_.insert(entry); }
  /// Whether no term was found.
  bool empty() const { return entries_.empty(); }
  /// The entries found, as indices into the dictionary's entries().
  const std::set<uint32_t>& entries() const { return entries_; }

 private:
  std::set<uint32_t> entries_;
};

/// One line of the glossary.
struct GlossaryEntry {
  std::string term;         ///< the headword, as the dictionary writes it
  std::string plain;        ///< the plain wording
  std::string explanation;  ///< one sentence for families
  TermCategory category = TermCategory::kJargon;
};

/// The glossary of the terms in `usage`, sorted by headword ignoring case.
std::vector<GlossaryEntry> BuildGlossary(const TermUsage& usage, const TermDictionary& dictionary);

}  // namespace sdgen
