#pragma once

// Signs a finished decision sheet: an incremental update adds a signature
// field with a visible stamp on the first page, and a /Sig dictionary whose
// /Contents is a CAdES detached CMS signature over every byte of the file
// except /Contents itself (/ByteRange). Readers such as Acrobat and pdfsig
// check it; see docs/signing.md.

#include <string>
#include <string_view>

#include "pdf/cms_signer.h"

namespace sdgen::pdf {

/// Appends the signature to `sheet` (a signed-off sheet sdgen made, not yet
/// digitally signed) into `signed_sheet`. The signing time is the sheet's
/// /CreationDate, which sdgen takes from the record's signature, so signing
/// the same sheet twice differs at most in the signature value. False with
/// `error` set for a DRAFT, a sheet already signed, or a PDF sdgen cannot update.
bool SignPdf(std::string_view sheet, const CmsSigner& signer, std::string* signed_sheet,
             std::string* error);

}  // namespace sdgen::pdf
