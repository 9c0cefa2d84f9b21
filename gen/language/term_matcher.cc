#include "language/term_matcher.h"

namespace sdgen {
namespace {

bool EndsWithPossessive(std::string_view folded) {
  return folded.size() > 2 && folded.substr(folded.size() - 2) == "'s";
}

// Hyphens and dashes ICU splits on: "-", U+2010..U+2013 (E2 80 90..93).
size_t HyphenLength(std::string_view gap, size_t i) {
  if (gap[i] == '-') return 1;
  if (gap.substr(i, 2) == "\xE2\x80" && i + 2 < gap.size()) {
    unsigned char third = static_cast<unsigned char>(gap[i + 2]);
    if (third >= 0x90 && third <= 0x93) return 3;
  }
  return 0;
}

// The bytes of a possessive ending ("'s", "’s") on the original token, so that
// a match on "LADO's" quotes and points at "LADO".
size_t PossessiveLength(std::string_view original) {
  for (std::string_view ending : {"'s", "\xE2\x80\x99s", "\xE2\x80\x98s", "\xCA\xBCs"}) {
    if (original.size() > ending.size() &&
        original.substr(original.size() - ending.size()) == ending) {
      return ending.size();
    }
  }
  return 0;
}

}  // namespace

void TermMatcher::Reset(std::string_view text) {
  text_ = text;
  run_.clear();
  matches_.clear();
}

bool TermMatcher::JoinsPrevious(size_t begin) const {
  std::string_view gap = text_.substr(run_.back().end, begin - run_.back().end);
  if (gap == "." || gap == "/") return true;
  int newlines = 0;
  for (size_t i = 0; i < gap.size();) {
    char c = gap[i];
    if (c == '\n') ++newlines;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (gap.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (size_t hyphen = HyphenLength(gap, i)) {
      i += hyphen;
    } else {
      return false;
    }
  }
  // A blank line ends a paragraph, and no term runs across paragraphs.
  return newlines < 2;
}

void TermMatcher::AddWord(const Token& token, std::string_view folded) {
  uint32_t id = dictionary_.TokenId(folded);
  size_t end = token.end;
  // "the LADO's decision" still names the LADO.
  if (id == TermDictionary::kNone && EndsWithPossessive(folded)) {
    id = dictionary_.TokenId(folded.substr(0, folded.size() - 2));
    end -= PossessiveLength(text_.substr(token.begin, token.end - token.begin));
  }
  if (!run_.empty() && (id == TermDictionary::kNone || !JoinsPrevious(token.begin))) MatchRun();
  // A run starts only at a word that begins some key ("the" alone does not).
  if (id != TermDictionary::kNone && (!run_.empty() || dictionary_.StartsKey(id))) {
    run_.push_back({id, token.begin, end});
  }
}

void TermMatcher::Finish() { MatchRun(); }

bool TermMatcher::CaseAllowed(const TermEntry& entry, size_t begin, size_t end) const {
  if (!entry.uppercase_only) return true;
  for (size_t i = begin; i < end; ++i) {
    if (text_[i] >= 'a' && text_[i] <= 'z') return false;
  }
  return true;
}

void TermMatcher::MatchRun() {
  size_t i = 0;
  while (i < run_.size()) {
    uint32_t best = TermDictionary::kNone;
    uint32_t best_node = TermDictionary::kRoot;
    size_t best_last = i;
    uint32_t node = TermDictionary::kRoot;
    for (size_t j = i; j < run_.size(); ++j) {
      node = dictionary_.Step(node, run_[j].token);
      if (node == TermDictionary::kNone) break;
      uint32_t entry = dictionary_.EntryAt(node);
      if (entry != TermDictionary::kNone &&
          CaseAllowed(dictionary_.entries()[entry], run_[i].begin, run_[j].end)) {
        best = entry;
        best_node = node;
        best_last = j;
      }
    }
    if (best == TermDictionary::kNone) {
      ++i;
      continue;
    }
    matches_.push_back({best, run_[i].begin, run_[best_last].end, dictionary_.LearnAt(best_node)});
    i = best_last + 1;
  }
  run_.clear();
}

}  // namespace sdgen
