#pragma once

// Reads the plain-language files of a style folder: dictionary.xml (entries,
// overlaid on the default style's) and plain-language-accept.txt (terms the
// council keeps on purpose). The caller reads the files into SourceFiles, which
// must outlive the diagnostics that point into them. Format: docs/plain-language.md.

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "language/term_dictionary.h"

namespace sdgen {

/// Overlays the entries and removals of one dictionary.xml on `dictionary`;
/// false if the file is not a dictionary at all. Bad entries are reported and skipped.
bool ReadDictionary(const SourceFile& file, TermDictionary& dictionary, TokenFolder& folder,
                    DiagnosticList& diagnostics);

/// A term kept on purpose, and where the accept list named it.
struct AcceptedTerm {
  std::string term;
  SourceLocation where;
};

/// The terms of an accept list: one per line, blank lines and `#` comments ignored.
std::vector<AcceptedTerm> ReadAcceptList(const SourceFile& file);

}  // namespace sdgen
