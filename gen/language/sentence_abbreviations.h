#pragma once

// The abbreviations after which ICU's sentence iterator, asked for
// "ss=standard", does not end a sentence ("Mr.", "Dr.", but also "Is.",
// "Up.", single capitals), read from ICU's own data for the language. With
// them the readability meter settles the commonest gap, "word. Word", without
// asking the iterator: only a word that ends in one of them needs asking.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace sdgen {

/// ICU's sentence-break exceptions for one language, and every part of them
/// that ends in a full stop ("Ph." of "Ph.D."), which ICU also looks at.
class SentenceAbbreviations {
 public:
  /// The list for a BCP 47 `language`; empty if ICU has none for it.
  static SentenceAbbreviations ForLanguage(const std::string& language);

  /// True if `text`, which ends in a full stop, ends in something on the list.
  bool EndsText(std::string_view text) const;
  /// The length in bytes of the longest entry.
  size_t longest() const { return longest_; }
  /// True if every entry ends in a full stop, as ICU's own lists do; only
  /// then can a "?" or "!" be settled without asking ICU.
  bool AllEndInFullStop() const { return all_end_in_full_stop_; }

 private:
  std::unordered_set<std::string> endings_;
  size_t longest_ = 0;
  bool all_end_in_full_stop_ = true;
};

}  // namespace sdgen
