#pragma once

// Where `sdgen build` writes a document's file: OUT/<record>/<file name>.
// Each part comes from the record or a template (the record id, a reader's id
// and name, a template's document name); all are checked when they are read,
// and the path is checked again here, where it is made, so that no part can
// ever lead outside OUT whatever a later change lets through.

#include <string>

namespace sdgen::cli {

/// The path of a document's file inside `out`, made from parts that must
/// each be one plain file name (no `/`, `\`, `..` or control character).
/// Empty, with why in `error`, when a part is not or the path leaves `out`.
std::string DocumentOutputPath(const std::string& out, const std::string& record_folder,
                               const std::string& file_name, std::string* error);

}  // namespace sdgen::cli
