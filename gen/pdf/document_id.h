#pragma once

#include <array>
#include <cstdint>

#include "document/document.h"
#include "pdf/image_library.h"
#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// The trailer /ID: the first 16 bytes of a SHA-256 over the metadata and
/// everything drawn (text, positions, fonts, image bytes), so the same record
/// and version always give the same id and any change gives another.
std::array<uint8_t, 16> DocumentId(const doc::Document& document, const LaidOutDocument& laid_out,
                                   ImageLibrary& images);

}  // namespace sdgen::pdf
