#pragma once

// The folded tokens of a dictionary's keys, each with a dense id. Every word
// of every text checked is looked up here, and almost none is found, so the
// table is built for misses: a bitmap of (length, first byte, last byte) turns
// most words away before they are hashed; the rest probe an open-addressing
// array of (hash tag, id) slots, comparing the tag before any bytes; eight
// bytes a slot, so a dictionary's table stays in the first-level cache.

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// Interned folded tokens and their ids, 0, 1, 2... in order of interning.
class TokenTable {
 public:
  /// "No such token".
  static constexpr uint32_t kNone = UINT32_MAX;

  /// The id of `token`, interning it if it is new.
  uint32_t Intern(std::string_view token);
  /// The id of `token`, or kNone.
  uint32_t Find(std::string_view token) const;
  /// Forgets every token.
  void Clear();

 private:
  struct Slot {
    uint32_t tag = 0;  // the hash's top half; the bottom half picks the slot
    uint32_t id = kNone;
  };
  struct Span {
    uint32_t offset;
    uint32_t length;
  };

  static size_t ShapeOf(std::string_view token);
  static uint64_t Hash(std::string_view token);
  size_t Probe(std::string_view token, uint64_t hash) const;
  void Grow();

  std::string bytes_;
  std::vector<Span> spans_;      // by id
  std::vector<Slot> slots_;      // size a power of two, at most a quarter full
  std::bitset<1 << 14> shapes_;  // ShapeOf every token interned
};

}  // namespace sdgen
