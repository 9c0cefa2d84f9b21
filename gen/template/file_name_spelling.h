#pragma once

// How a reader's name is spelt in a file name: "Siân Morgan" -> "sian-morgan".
// ICU transliterates any script to Latin, then to ASCII; everything that is
// not a letter or digit becomes one hyphen. Building the transliterator takes
// milliseconds, so one is made per build and used for every document.

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
  std::unique_ptr<icu::Transliterator> transliterator_;  // null if ICU lacks the rules
};

}  // namespace sdgen
