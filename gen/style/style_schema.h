#pragma once

// What style.xml may hold: each element, the elements inside it and its
// attributes. A council edits style.xml by hand, and a misspelt setting
// (`minutes-working-day`) would otherwise leave the default in force without a
// word: a statutory deadline silently wrong. So every name the table lacks is
// an error, with the nearest known name suggested.

#include <pugixml.hpp>

#include "diagnostics/diagnostic.h"

namespace sdgen {

/// Reports (ST002) every element of `root`'s tree that is unknown or out of
/// place, and every attribute an element does not have. `root` must be parsed from `file`.
void CheckStyleNames(const pugi::xml_node& root, const SourceFile& file,
                     DiagnosticList& diagnostics);

}  // namespace sdgen
