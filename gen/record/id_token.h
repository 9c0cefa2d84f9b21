#pragma once

// Ids of the record (children, people, attendees, actions) and the document
// names of templates become parts of output file names (`letter-p1.pdf`), so
// both are tokens: nothing in them can name a folder, and two that differ
// only where a file system or a reader may not tell them apart are refused.

#include <cstddef>
#include <string>
#include <string_view>

namespace sdgen {

/// The most characters an id or a document name may have.
inline constexpr size_t kMaxIdTokenLength = 64;

/// Whether `text` is a token: an ASCII letter, then ASCII letters, digits,
/// `-` and `_`, at most kMaxIdTokenLength in all.
bool IsIdToken(std::string_view text);

/// What `token` is without case and punctuation (`A-B`, `a_b` and `ab` are
/// all `ab`): tokens with the same key are too alike to tell apart.
std::string IdTokenKey(std::string_view token);

}  // namespace sdgen
