#include "language/term_dictionary.h"

#include <algorithm>

namespace sdgen {
namespace {

// The folded words of a key; punctuation between them (the "." of "s.47", the
// hyphen of "non-compliant") is not part of the key.
std::vector<std::string> FoldedWords(std::string_view text, WordTokenizer& tokenizer,
                                     TokenFolder& folder) {
  std::vector<std::string> words;
  tokenizer.Reset(text);
  Token token;
  while (tokenizer.NextWord(&token)) {
    words.emplace_back(folder.Fold(text.substr(token.begin, token.end - token.begin)));
  }
  return words;
}

}  // namespace

const char* ToString(TermCategory category) {
  switch (category) {
    case TermCategory::kAcronym:
      return "acronym";
    case TermCategory::kJargon:
      return "jargon";
    case TermCategory::kJudgementLaden:
      return "judgement-laden";
    case TermCategory::kProfessionalised:
      return "professionalised";
    case TermCategory::kPolice:
      return "police";
  }
  return "jargon";
}

TermDictionary::TermDictionary() : node_entry_{kNone}, node_learn_{false} {}

void TermDictionary::Add(TermEntry entry, TokenFolder& folder) {
  std::string key(folder.Fold(entry.term));
  auto found = by_headword_.find(key);
  if (found != by_headword_.end()) {
    entries_[found->second] = std::move(entry);
    return;
  }
  by_headword_.emplace(std::move(key), entries_.size());
  entries_.push_back(std::move(entry));
}

bool TermDictionary::Remove(std::string_view term, TokenFolder& folder) {
  auto found = by_headword_.find(std::string(folder.Fold(term)));
  if (found == by_headword_.end()) return false;
  size_t index = found->second;
  by_headword_.erase(found);
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(index));
  for (auto& [headword, position] : by_headword_) {
    if (position > index) --position;
  }
  return true;
}

void TermDictionary::Compile(WordTokenizer& tokenizer, TokenFolder& folder,
                             DiagnosticList& diagnostics) {
  tokens_.Clear();
  edges_.Clear();
  node_entry_.assign(1, kNone);
  node_learn_.assign(1, false);
  starts_key_.clear();
  for (size_t index = 0; index < entries_.size(); ++index) {
    const TermEntry& entry = entries_[index];
    std::vector<std::string_view> spellings{entry.term};
    spellings.insert(spellings.end(), entry.variants.begin(), entry.variants.end());
    for (std::string_view spelling : spellings) {
      std::vector<std::string> words = FoldedWords(spelling, tokenizer, folder);
      if (words.empty()) continue;
      uint32_t node = kRoot;
      for (const std::string& word : words) {
        uint32_t token = tokens_.Intern(word);
        if (token >= starts_key_.size()) starts_key_.resize(token + 1, false);
        if (node == kRoot) starts_key_[token] = true;
        uint32_t next = static_cast<uint32_t>(node_entry_.size());
        node = edges_.FindOrAdd(node, token, next);
        if (node == next) {
          node_entry_.push_back(kNone);
          node_learn_.push_back(false);
        }
      }
      uint32_t& owner = node_entry_[node];
      if (owner != kNone && owner != index) {
        diagnostics.Warning(entry.where, "PL020",
                            "'" + std::string(spelling) + "' is already a spelling of '" +
                                entries_[owner].term + "'",
                            "keep it in one entry only");
        continue;
      }
      owner = static_cast<uint32_t>(index);
      node_learn_[node] =
          entry.learn || std::find(entry.learned_variants.begin(), entry.learned_variants.end(),
                                   spelling) != entry.learned_variants.end();
    }
  }
}

uint32_t TermDictionary::Find(std::string_view words, WordTokenizer& tokenizer,
                              TokenFolder& folder) const {
  uint32_t node = kRoot;
  for (const std::string& word : FoldedWords(words, tokenizer, folder)) {
    uint32_t token = TokenId(word);
    node = token == kNone ? kNone : Step(node, token);
    if (node == kNone) return kNone;
  }
  return node == kRoot ? kNone : EntryAt(node);
}

uint32_t TermDictionary::TokenId(std::string_view folded) const { return tokens_.Find(folded); }

uint32_t TermDictionary::Step(uint32_t node, uint32_t token) const {
  return edges_.Find(node, token);
}

}  // namespace sdgen
