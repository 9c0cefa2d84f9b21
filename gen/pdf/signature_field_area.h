#pragma once

// Where on the sign-off block the chair's digital signature goes: over the
// blank above the line to sign on, or beside a drawn signature, so that the
// signature's appearance covers nothing the sheet prints.

#include <optional>

#include "document/document.h"
#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// The field over `block`'s mark (the slab `mark_height` tall between the
/// label and the name, across `width` from `left`), relative to the mark's
/// top. Nullopt when the sheet may not be signed: the record is not signed
/// off or `draft` (a field on a draft would invite a signature).
std::optional<SignatureFieldArea> SignatureFieldOverMark(const doc::SignatureBlock& block,
                                                         bool draft, double left, double width,
                                                         double mark_height);

}  // namespace sdgen::pdf
