#pragma once

// The edges of the dictionary's trie: (node, token id) -> child node. The
// matcher follows one for nearly every word that is part of some key, so the
// edges live in one open-addressing array with a multiplicative hash instead
// of a node-based map with a division per look-up.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sdgen {

/// A map from (node, token) to the child node, for dense 32-bit ids.
class TrieEdges {
 public:
  /// "No such edge".
  static constexpr uint32_t kNone = UINT32_MAX;

  /// The child of `node` on `token`, adding `child` as it if there is none yet.
  uint32_t FindOrAdd(uint32_t node, uint32_t token, uint32_t child);
  /// The child of `node` on `token`, or kNone.
  uint32_t Find(uint32_t node, uint32_t token) const;
  /// Forgets every edge.
  void Clear();

 private:
  struct Slot {
    uint64_t key = UINT64_MAX;  // (node << 32) | token; node kNone never occurs
    uint32_t child = kNone;
  };

  size_t Probe(uint64_t key) const;
  void Grow();

  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t count_ = 0;
};

}  // namespace sdgen
