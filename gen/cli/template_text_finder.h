#pragma once

// Finds the template line a rendered family document's words came from when
// no record item holds them: the SD027 gate (gen/language/family_document_check.h)
// points its findings there. Template files are searched as written, white
// space collapsed, so literal text, attribute values (a callout title, an
// entry key) and labels.xml are all found; the place whose surrounding text
// best agrees with the rendered paragraph wins.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "language/family_document_check.h"
#include "style/file_overlay.h"

namespace sdgen::cli {

class TemplateTextFinder {
 public:
  /// Reads every template, partial and labels file of `templates`, which must outlive it.
  explicit TemplateTextFinder(FileOverlay& templates);

  /// Where the rendered `paragraph`'s bytes [begin, end) are written in a
  /// template, preferring the file `document`.xml on a tie; nothing if no
  /// template holds them.
  std::optional<TemplatePlace> Find(const std::string& document, std::string_view paragraph,
                                    size_t begin, size_t end) const;
  /// The `<template` element of `document`.xml, where findings about a whole
  /// document point; nothing if there is no such template.
  std::optional<SourceLocation> Root(const std::string& document) const;

 private:
  // A file's text with each run of white space as one space, and where each byte was.
  struct Collapsed {
    const SourceFile* file = nullptr;
    std::string name;
    std::string text;
    std::vector<size_t> source;
  };

  std::vector<Collapsed> files_;
};

}  // namespace sdgen::cli
