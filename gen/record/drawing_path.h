#pragma once

// Where a child's drawing may come from. A record names its drawing by a path
// relative to the record's own folder; the file must stay inside that folder
// once symbolic links are followed, so a record cannot pull any other file on
// the machine into a family's document.

#include <string>

namespace sdgen {

/// The outcome of checking a drawing's path: the file, or what is wrong.
struct DrawingPath {
  std::string file;     ///< absolute, symlinks resolved; empty when refused
  std::string problem;  ///< a lowercase message naming the path; empty when fine
};

/// Checks `written` (as in `<drawing image="…">`) against the folder of the
/// record file `record_path`: no absolute part, no `..`, inside the folder
/// after symlinks, a regular file holding a PNG or JPEG sdgen can place.
DrawingPath CheckDrawingPath(const std::string& record_path, const std::string& written);

}  // namespace sdgen
