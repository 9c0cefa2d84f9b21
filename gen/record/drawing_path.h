#pragma once

// Where a child's drawing or the chair's signature image may come from. A
// record names the image by a path relative to the record's own folder; the
// file must stay inside that folder once symbolic links are followed, so a
// record cannot pull any other file on the machine (a device, a pipe, another
// family's folder) into a document.

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
/// `what` names the image in the problem (the drawing, the signature image).
DrawingPath CheckDrawingPath(const std::string& record_path, const std::string& written,
                             const std::string& what);

}  // namespace sdgen
