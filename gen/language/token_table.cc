#include "language/token_table.h"

#include <algorithm>
#include <cstring>

namespace sdgen {

size_t TokenTable::ShapeOf(std::string_view token) {
  if (token.empty()) return 0;
  size_t first = static_cast<unsigned char>(token.front()) & 31;
  size_t last = static_cast<unsigned char>(token.back()) & 31;
  return (std::min<size_t>(token.size(), 15) << 10) | (first << 5) | last;
}

uint64_t TokenTable::Hash(std::string_view token) {
  // Eight bytes per multiply: most words are one or two such words long.
  uint64_t hash = token.size() * 0x9E3779B97F4A7C15ULL;
  size_t i = 0;
  for (; i + 8 <= token.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, token.data() + i, 8);
    hash = (hash ^ chunk) * 0xFF51AFD7ED558CCDULL;
    hash ^= hash >> 32;
  }
  if (i < token.size()) {
    uint64_t chunk = 0;
    for (size_t k = 0; i + k < token.size(); ++k) {
      chunk |= static_cast<uint64_t>(static_cast<unsigned char>(token[i + k])) << (8 * k);
    }
    hash = (hash ^ chunk) * 0xC4CEB9FE1A85EC53ULL;
    hash ^= hash >> 29;
  }
  return hash;
}

// The slot holding `token`, or the empty slot where it would go.
size_t TokenTable::Probe(std::string_view token, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNone) return i;
    if (slot.tag == static_cast<uint32_t>(hash >> 32)) {
      const Span& span = spans_[slot.id];
      if (span.length == token.size() &&
          std::memcmp(bytes_.data() + span.offset, token.data(), token.size()) == 0) {
        return i;
      }
    }
  }
}

void TokenTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNone) continue;
    // Slots keep only the hash's top half, so the bottom half is worked out again.
    const Span& span = spans_[slot.id];
    size_t i = Hash(std::string_view(bytes_).substr(span.offset, span.length)) & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

uint32_t TokenTable::Intern(std::string_view token) {
  if ((spans_.size() + 1) * 4 > slots_.size()) Grow();
  uint64_t hash = Hash(token);
  Slot& slot = slots_[Probe(token, hash)];
  if (slot.id != kNone) return slot.id;
  slot = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(spans_.size())};
  shapes_.set(ShapeOf(token));
  spans_.push_back({static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(token.size())});
  bytes_.append(token);
  return slot.id;
}

uint32_t TokenTable::Find(std::string_view token) const {
  if (!shapes_.test(ShapeOf(token))) return kNone;
  return slots_[Probe(token, Hash(token))].id;
}

void TokenTable::Clear() {
  bytes_.clear();
  spans_.clear();
  slots_.clear();
  shapes_.reset();
}

}  // namespace sdgen
