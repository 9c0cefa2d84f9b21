#pragma once

// The glossary printed at the end of a family or professional document: every
// dictionary term that stayed in the document's text (accepted on purpose or
// not), with its plain explanation. The template stage gives the place.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "language/term_dictionary.h"

namespace sdgen {

/// The dictionary entries found in the texts of one document, each with the
/// words as the text first wrote them ("Children's Social Care" for CSC).
class TermUsage {
 public:
  /// Notes that the text used dictionary entry `entry`, written as `written`.
  void Add(uint32_t entry, std::string_view written) {
    entries_.emplace(entry, std::string(written));
  }
  /// Whether no term was found.
  bool empty() const { return entries_.empty(); }
  /// The entries found, as indices into the dictionary's entries(), with
  /// the words as first written.
  const std::map<uint32_t, std::string>& entries() const { return entries_; }

 private:
  std::map<uint32_t, std::string> entries_;
};

/// One line of the glossary.
struct GlossaryEntry {
  std::string term;         ///< the term as the document wrote it
  std::string plain;        ///< the plain wording
  std::string explanation;  ///< one sentence for families
  TermCategory category = TermCategory::kJargon;
};

/// The glossary of the terms in `usage`, sorted by headword ignoring case.
std::vector<GlossaryEntry> BuildGlossary(const TermUsage& usage, const TermDictionary& dictionary);

}  // namespace sdgen
