#include "language/trie_edges.h"

namespace sdgen {
namespace {

uint64_t KeyOf(uint32_t node, uint32_t token) {
  return (static_cast<uint64_t>(node) << 32) | token;
}

}  // namespace

// The slot holding `key`, or the empty slot where it would go.
size_t TrieEdges::Probe(uint64_t key) const {
  size_t mask = slots_.size() - 1;
  // Fibonacci hashing: the top bits of key * 2^64/phi spread dense ids well.
  size_t i = static_cast<size_t>((key * 11400714819323198485ULL) >> 32) & mask;
  while (slots_[i].key != key && slots_[i].child != kNone) i = (i + 1) & mask;
  return i;
}

void TrieEdges::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.child != kNone) slots_[Probe(slot.key)] = slot;
  }
}

uint32_t TrieEdges::FindOrAdd(uint32_t node, uint32_t token, uint32_t child) {
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  uint64_t key = KeyOf(node, token);
  Slot& slot = slots_[Probe(key)];
  if (slot.child == kNone) {
    slot = {key, child};
    ++count_;
  }
  return slot.child;
}

uint32_t TrieEdges::Find(uint32_t node, uint32_t token) const {
  if (slots_.empty()) return kNone;
  return slots_[Probe(KeyOf(node, token))].child;
}

void TrieEdges::Clear() {
  slots_.clear();
  count_ = 0;
}

}  // namespace sdgen
