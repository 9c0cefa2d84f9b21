#pragma once

// Finds dictionary terms in the words of one text, fed in text order. Words
// that can continue a key are buffered in a short run; a run ends at a word
// no key contains or at punctuation a term cannot span (a comma, a full stop
// followed by a space), and is then matched leftmost-longest against the trie.
// Only hyphens, white space and a "." or "/" between two words with no space
// ("s.47", "LAC/CLA") may join the words of a term.

#include <cstdint>
#include <string_view>
#include <vector>

#include "language/term_dictionary.h"
#include "language/word_tokenizer.h"

namespace sdgen {

/// One term found: its entry and the bytes [begin, end) it covers in the text.
struct TermMatch {
  uint32_t entry = 0;
  size_t begin = 0;
  size_t end = 0;
  bool learn = false;  ///< written in a spelling families must learn
};

/// Matches the terms of a compiled dictionary.
class TermMatcher {
 public:
  /// A matcher over `dictionary`, which must outlive it.
  explicit TermMatcher(const TermDictionary& dictionary) : dictionary_(dictionary) {}

  /// Starts on `text`, forgetting the matches of the last one.
  void Reset(std::string_view text);
  /// Feeds the next word or number of the text, with its folded form.
  void AddWord(const Token& token, std::string_view folded);
  /// Matches what is still buffered; call once after the last word.
  void Finish();
  /// The terms found, in text order, never overlapping.
  const std::vector<TermMatch>& matches() const { return matches_; }

 private:
  struct RunWord {
    uint32_t token;
    size_t begin;
    size_t end;
  };

  bool JoinsPrevious(size_t begin) const;
  bool CaseAllowed(const TermEntry& entry, size_t begin, size_t end) const;
  void MatchRun();

  const TermDictionary& dictionary_;
  std::string_view text_;
  std::vector<RunWord> run_;  // reused across texts
  std::vector<TermMatch> matches_;
};

}  // namespace sdgen
