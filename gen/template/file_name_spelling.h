#pragma once

// How a reader's name is spelt in a file name: "Siân Morgan" -> "sian-morgan".
// ICU transliterates any script to Latin, then to ASCII; everything that is
// not a letter or digit becomes one hyphen. Building the transliterator costs
// tens of milliseconds (ICU registers every transliterator first), so Latin
// accents are dropped without it, and it is made only for a name in another
// script, once per build.

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace sdgen {

/// Spells names as lower-case ASCII words joined by hyphens.
class FileNameSpelling {
 public:
  FileNameSpelling();
  ~FileNameSpelling();
  FileNameSpelling(const FileNameSpelling&) = delete;
  FileNameSpelling& operator=(const FileNameSpelling&) = delete;

  /// `name` in ASCII, lower case, each run of other characters one `-`, no
  /// `-` at either end; empty when nothing of it is a letter or digit.
  std::string Spell(std::string_view name) const;

 private:
  const icu::Transliterator* Transliterator() const;

  mutable std::unique_ptr<icu::Transliterator> transliterator_;  // null if ICU lacks the rules
  mutable bool made_ = false;
};

}  // namespace sdgen
