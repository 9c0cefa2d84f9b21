#pragma once

// Loads `style.xml` through a FileOverlay (the council's style folder first,
// then `styles/default`), resolving fonts, pictures and the logo to files.

#include <optional>

#include "diagnostics/diagnostic.h"
#include "style/file_overlay.h"
#include "style/style.h"

namespace sdgen {

/// Reads the style; reports problems as ST001-ST007 and returns nullopt only
/// when no usable style.xml exists.
std::optional<Style> LoadStyle(FileOverlay& overlay, DiagnosticList& diagnostics);

}  // namespace sdgen
