#pragma once

// The plain-language dictionary: entries as a council writes them, and a trie
// over folded tokens so that multi-word terms ("disguised compliance",
// "section 47") are found in one pass over the text with one hash lookup per
// word. Every token of every key is interned once; the trie's edges are keyed
// by (node, token id).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "language/token_folder.h"
#include "language/token_table.h"
#include "language/trie_edges.h"
#include "language/word_tokenizer.h"

namespace sdgen {

/// Why a term is a problem for a family; each category has its own rule id.
enum class TermCategory { kAcronym, kJargon, kJudgementLaden, kProfessionalised, kPolice };

/// How loudly a term is reported for one audience.
enum class TermLevel { kOff, kWarning, kError };

/// One dictionary entry, as written in dictionary.xml.
struct TermEntry {
  std::string term;  ///< the headword, e.g. "LADO"
  std::vector<std::string>
      variants;  ///< other spellings, e.g. "Local Authority Designated Officer"
  TermCategory category = TermCategory::kJargon;
  std::string plain;        ///< what to say instead
  std::string explanation;  ///< one sentence for the glossary of family documents
  TermLevel family = TermLevel::kError;
  TermLevel professionals = TermLevel::kWarning;
  bool uppercase_only = false;  ///< match only when written in capitals ("RAG", not "rag")
  /// Every spelling is one families must learn ("child protection conference"):
  /// not reported where the text explains it (docs/plain-language.md).
  bool learn = false;
  /// Spellings among the variants that families must learn, when not all are
  /// ("section 47 enquiry" must be learned, "S47" never).
  std::vector<std::string> learned_variants;
  SourceLocation where;         ///< the entry in its dictionary file
};

/// The entries of one or more overlaid dictionary files, compiled for matching.
class TermDictionary {
 public:
  /// "No such token, node or entry".
  static constexpr uint32_t kNone = UINT32_MAX;
  /// The trie node where every key starts.
  static constexpr uint32_t kRoot = 0;

  TermDictionary();
  TermDictionary(TermDictionary&&) = default;
  TermDictionary& operator=(TermDictionary&&) = default;
  TermDictionary(const TermDictionary&) = delete;
  TermDictionary& operator=(const TermDictionary&) = delete;

  /// Adds `entry`, replacing an earlier entry with the same folded headword (overlays).
  void Add(TermEntry entry, TokenFolder& folder);
  /// Drops the entry whose folded headword is `term`; false if there is none.
  bool Remove(std::string_view term, TokenFolder& folder);
  /// Builds the trie from the entries; reports a key shared by two entries.
  void Compile(WordTokenizer& tokenizer, TokenFolder& folder, DiagnosticList& diagnostics);

  /// The entries, in the order they were first added.
  const std::vector<TermEntry>& entries() const { return entries_; }
  /// The entry whose headword or variant spells `words`, or kNone.
  uint32_t Find(std::string_view words, WordTokenizer& tokenizer, TokenFolder& folder) const;

  /// The id of a folded token that occurs in some key, or kNone.
  uint32_t TokenId(std::string_view folded) const;
  /// The trie node after `node` on `token`, or kNone.
  uint32_t Step(uint32_t node, uint32_t token) const;
  /// The entry whose key ends at `node`, or kNone.
  uint32_t EntryAt(uint32_t node) const { return node_entry_[node]; }
  /// Whether the key ending at `node` is a spelling families must learn.
  bool LearnAt(uint32_t node) const { return node_learn_[node]; }
  /// Whether some key begins with `token` (an id from TokenId).
  bool StartsKey(uint32_t token) const { return starts_key_[token]; }

 private:
  std::vector<TermEntry> entries_;
  // Folded headword -> index in entries_, for overlays.
  std::unordered_map<std::string, size_t> by_headword_;
  TokenTable tokens_;
  TrieEdges edges_;
  std::vector<uint32_t> node_entry_;
  std::vector<bool> node_learn_;  // by node: the key ending there must be learned
  std::vector<bool> starts_key_;  // by token id
};

/// "acronym", "jargon", "judgement-laden", "professionalised" or "police".
const char* ToString(TermCategory category);

}  // namespace sdgen
